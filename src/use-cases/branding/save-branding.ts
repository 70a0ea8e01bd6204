// The coordinator sets the municipality's name, logo and primary colour for the installation.
// Bad input changes nothing: every wrong field comes back at once as validation_failed.
import { brandingProblems, normaliseColour, sniffLogoType, type BrandingInput, type InstallationBranding } from '../../domain/branding/branding.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { keepSavedBranding } from './current-branding.ts';

export async function saveBranding(deps: Deps, access: Access, input: BrandingInput): Promise<InstallationBranding> {
  const actor = actorOf(access);
  const problems = brandingProblems(input);
  if (Object.keys(problems).length) throw new DomainError('validation_failed', problems);
  const now = deps.clock.now();
  const saved = await deps.db.transaction(async (stores) => {
    const before = await stores.branding.find();
    const { logo } = input;
    const next = {
      municipality: input.municipality.trim(),
      primaryColour: normaliseColour(input.primaryColour),
      logoUrl: logo.kind === 'url' ? logo.url.trim() : logo.kind === 'keep' ? before.logoUrl : '',
      logo: logo.kind === 'upload' ? { contentType: sniffLogoType(logo.bytes)!, bytes: logo.bytes } : logo.kind === 'keep' ? before.logo : null,
    };
    await stores.branding.save(next, now);
    // What changed, and the logo only as "changed": the log is no copy of the image.
    const changed = [
      ...(before.municipality !== next.municipality ? ['municipality'] : []),
      ...(before.primaryColour !== next.primaryColour ? ['primaryColour'] : []),
      ...(logo.kind !== 'keep' ? ['logo'] : []),
    ];
    await stores.audit.append({ action: 'branding.updated', actor, summitId: null, subjectType: 'installation', subjectId: 'installation', data: { changed } }, now);
    return stores.branding.find();
  });
  keepSavedBranding(deps, saved);
  return saved;
}
