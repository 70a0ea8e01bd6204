import { emptyBranding, logoContentTypes, type InstallationBranding, type LogoContentType } from '../../domain/branding/branding.ts';
import type { BrandingStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';

const installation = 'installation';

export function createBrandingStore({ db }: StoreContext): BrandingStore {
  const version = async () => {
    const row = await db.selectFrom('installationBranding').select('version').where('id', '=', installation).executeTakeFirst();
    return row ? Number(row.version) : 0;
  };
  return {
    version,
    async find() {
      const row = await db.selectFrom('installationBranding').selectAll().where('id', '=', installation).executeTakeFirst();
      if (!row) return emptyBranding;
      const type = logoContentTypes.find((t) => t === row.logoType);
      return {
        municipality: row.municipality,
        primaryColour: row.primaryColour,
        logoUrl: row.logoUrl,
        logo: type && row.logoData ? { contentType: type as LogoContentType, bytes: new Uint8Array(Buffer.from(row.logoData, 'base64')) } : null,
        version: Number(row.version),
        updatedAt: row.updatedAt,
      } satisfies InstallationBranding;
    },
    async save(branding, now) {
      const values = {
        municipality: branding.municipality,
        primaryColour: branding.primaryColour,
        logoUrl: branding.logoUrl,
        logoType: branding.logo?.contentType ?? '',
        logoData: branding.logo ? Buffer.from(branding.logo.bytes).toString('base64') : '',
        updatedAt: now,
      };
      await db.insertInto('installationBranding').values({ id: installation, ...values, version: 1 })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ ...values, version: eb('installationBranding.version', '+', 1) }))).execute();
      return version();
    },
  };
}
