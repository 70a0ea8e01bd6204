// Counts with the word their number needs ("1 sted", "3 steder"), by the language's plural rules
// rather than n === 1, so every count on a page reads right in Danish and English alike.
const rules = { da: new Intl.PluralRules('da-DK'), en: new Intl.PluralRules('en-GB') };

/** The word for `n` things: `one` or `other`, by the Danish plural rules. */
export const wordDa = (n: number, one: string, other: string) => (rules.da.select(n) === 'one' ? one : other);
export const wordEn = (n: number, one: string, other: string) => (rules.en.select(n) === 'one' ? one : other);

/** The number and its word: countDa(1, 'sted', 'steder') is "1 sted". */
export const countDa = (n: number, one: string, other: string) => `${n} ${wordDa(n, one, other)}`;
export const countEn = (n: number, one: string, other: string) => `${n} ${wordEn(n, one, other)}`;
