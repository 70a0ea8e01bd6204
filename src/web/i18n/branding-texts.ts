// The settings page for the municipality's name, logo and primary colour, in Danish and English.
import type { BrandingProblem } from '../../domain/branding/branding.ts';

const ratioDa = (ratio: number) => ratio.toFixed(1).replace('.', ',');

export const brandingDa = {
  nav: 'Kommunens navn, logo og farve',
  heading: 'Kommunens navn, logo og farve',
  intro: 'Det, du vælger her, står i toppen af alle sider, også borgernes og deltagernes. Lader du et felt stå tomt, bruges installationens standard.',
  saved: 'Indstillingerne er gemt og vises nu på alle sider.',
  municipality: 'Kommunens navn',
  municipalityHint: (fallback: string) => `Fx »Holbæk Kommune«. Tomt: »${fallback}«.`,
  colour: 'Primærfarve',
  colourHint: (fallback: string) => `Som #rrggbb, fx #00607a. Hvid tekst på farven skal have en kontrast på mindst 4,5:1 (WCAG 2.1 AA). Tomt: ${fallback}.`,
  colourNow: (colour: string, ratio: number) => `Nuværende primærfarve: ${colour}. Hvid tekst på den har kontrasten ${ratioDa(ratio)}:1.`,
  logoHeading: 'Logo',
  logoNow: 'Nuværende logo',
  logoChoice: 'Hvad vil du gøre med logoet?',
  logoKeep: 'Behold det nuværende logo',
  logoUpload: 'Upload et nyt logo',
  logoUrl: 'Brug et logo fra en adresse',
  logoRemove: 'Brug standardlogoet',
  logoFile: 'Logofil',
  logoFileHint: 'PNG, JPEG, WebP eller SVG på højst 200 kB. Det vises 40 pixel højt.',
  logoAddress: 'Logoets adresse',
  logoAddressHint: 'En https-adresse eller en sti under /assets/.',
  save: 'Gem indstillingerne',
  problems: {
    too_long: 'Navnet må højst have 100 tegn.',
    invalid_colour: 'Skriv farven som # og seks tegn 0-9 og a-f, fx #00607a.',
    low_contrast: 'Farven er for lys: hvid tekst på den skal have en kontrast på mindst 4,5:1. Vælg en mørkere farve.',
    invalid_logo_url: 'Skriv en adresse, der begynder med https:// eller /assets/.',
    logo_too_large: 'Logofilen må højst fylde 200 kB.',
    logo_type: 'Logoet skal være en PNG-, JPEG-, WebP- eller SVG-fil.',
    logo_unsafe: 'SVG-filen indeholder scripts, links eller henvisninger til andre filer. Gem den uden dem, eller brug en PNG-fil.',
    logo_missing: 'Vælg en logofil.',
  } as Record<BrandingProblem | 'logo_missing', string>,
};

export type BrandingTexts = typeof brandingDa;

export const brandingEn: BrandingTexts = {
  nav: "The municipality's name, logo and colour",
  heading: "The municipality's name, logo and colour",
  intro: "What you choose here is shown at the top of every page, citizens' and participants' too. A field left empty uses the installation's default.",
  saved: 'The settings are saved and now shown on every page.',
  municipality: "The municipality's name",
  municipalityHint: (fallback: string) => `E.g. "Holbæk Kommune". Empty: "${fallback}".`,
  colour: 'Primary colour',
  colourHint: (fallback: string) => `As #rrggbb, e.g. #00607a. White text on it must have a contrast of at least 4.5:1 (WCAG 2.1 AA). Empty: ${fallback}.`,
  colourNow: (colour: string, ratio: number) => `Current primary colour: ${colour}. White text on it has a contrast of ${ratio.toFixed(1)}:1.`,
  logoHeading: 'Logo',
  logoNow: 'Current logo',
  logoChoice: 'What do you want to do with the logo?',
  logoKeep: 'Keep the current logo',
  logoUpload: 'Upload a new logo',
  logoUrl: 'Use a logo from an address',
  logoRemove: 'Use the default logo',
  logoFile: 'Logo file',
  logoFileHint: 'PNG, JPEG, WebP or SVG of at most 200 kB. It is shown 40 pixels high.',
  logoAddress: "The logo's address",
  logoAddressHint: 'An https address or a path under /assets/.',
  save: 'Save the settings',
  problems: {
    too_long: 'The name may have at most 100 characters.',
    invalid_colour: 'Write the colour as # and six characters 0-9 and a-f, e.g. #00607a.',
    low_contrast: 'The colour is too light: white text on it must have a contrast of at least 4.5:1. Choose a darker colour.',
    invalid_logo_url: 'Write an address that begins with https:// or /assets/.',
    logo_too_large: 'The logo file may be at most 200 kB.',
    logo_type: 'The logo must be a PNG, JPEG, WebP or SVG file.',
    logo_unsafe: 'The SVG file holds scripts, links or references to other files. Save it without them, or use a PNG file.',
    logo_missing: 'Choose a logo file.',
  },
};
