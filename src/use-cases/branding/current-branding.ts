// The municipality every page shows: what a coordinator set on the settings page, over what the
// installation's environment says. Read on every page, so it is kept in memory per process and
// checked against the database's version at most once every few seconds: one small read of one
// row, never the logo. A save on this server is seen at once; on another, within `recheckMs`.
import type { InstallationBranding, LogoContentType } from '../../domain/branding/branding.ts';
import { emptyBranding } from '../../domain/branding/branding.ts';
import type { Deps, UnitOfWork } from '../../ports.ts';

/** How long a server trusts what it keeps before it asks the database for the version again. */
export const brandingRecheckMs = 5_000;

/** The municipality as pages show it; what is unset here, the web layer takes from the demo. */
export interface CurrentBranding {
  municipality?: string;
  /** An uploaded logo's address carries the version, so browsers fetch a new one at once. */
  logoUrl?: string;
  primaryColour?: string;
  /** Changes whenever the settings do: for cache keys and the stylesheet's address. */
  version: number;
}

interface Kept {
  stored: InstallationBranding;
  checkedAt: number;
  /** The check under way, so requests arriving together share one read. */
  checking?: Promise<InstallationBranding>;
}

const kept = new WeakMap<UnitOfWork, Kept>();

/** The address an uploaded logo is served at (see the settings routes). */
export const uploadedLogoPath = (version: number) => `/indstillinger/logo?v=${version}`;

async function storedBranding(deps: Deps): Promise<InstallationBranding> {
  const now = Date.parse(deps.clock.now());
  const entry = kept.get(deps.db);
  if (entry && now - entry.checkedAt < brandingRecheckMs && now >= entry.checkedAt) return entry.stored;
  if (entry?.checking) return entry.checking;
  const checking = (async () => {
    const stores = deps.db.stores;
    const version = await stores.branding.version();
    const stored = entry && entry.stored.version === version ? entry.stored : version === 0 ? emptyBranding : await stores.branding.find();
    kept.set(deps.db, { stored, checkedAt: now });
    return stored;
  })();
  if (entry) entry.checking = checking;
  else kept.set(deps.db, { stored: emptyBranding, checkedAt: Number.NEGATIVE_INFINITY, checking });
  try {
    return await checking;
  } catch (error) {
    // A failed read is not kept: the next request asks again.
    const current = kept.get(deps.db);
    if (current?.checking === checking) delete current.checking;
    throw error;
  }
}

/**
 * The logo address a coordinator gave, as this server last read it, without reading anything:
 * for the content security policy, which is written before a page asks for the branding.
 */
export function keptLogoUrl(deps: Deps): string | undefined {
  return kept.get(deps.db)?.stored.logoUrl || undefined;
}

/** After a save on this server: keeps what was saved, so the next page here shows it at once. */
export function keepSavedBranding(deps: Deps, saved: InstallationBranding): void {
  kept.set(deps.db, { stored: saved, checkedAt: Date.parse(deps.clock.now()) });
}

export function resolveBranding(env: Deps['branding'], stored: InstallationBranding): CurrentBranding {
  const logoUrl = stored.logo ? uploadedLogoPath(stored.version) : stored.logoUrl || env?.logoUrl;
  return {
    ...(stored.municipality || env?.municipality ? { municipality: stored.municipality || env?.municipality } : {}),
    ...(logoUrl ? { logoUrl } : {}),
    ...(stored.primaryColour || env?.primaryColour ? { primaryColour: stored.primaryColour || env?.primaryColour } : {}),
    version: stored.version,
  };
}

export async function currentBranding(deps: Deps): Promise<CurrentBranding> {
  return resolveBranding(deps.branding, await storedBranding(deps));
}

/** The uploaded logo, if there is one: from what this server keeps, read again only when the version moved. */
export async function findUploadedLogo(deps: Deps): Promise<{ contentType: LogoContentType; bytes: Uint8Array; version: number } | undefined> {
  const stored = await storedBranding(deps);
  return stored.logo ? { ...stored.logo, version: stored.version } : undefined;
}

/** The settings as saved, for the settings page (always read fresh). */
export function getInstallationBranding(deps: Deps): Promise<InstallationBranding> {
  return deps.db.stores.branding.find();
}
