// A search of names and addresses as the domain does it (domain/participant-list.ts, holdsWords):
// every word of the search, folded to Danish lower case in NFC, is found in the person's name and
// e-mail folded the same way. PostgreSQL lowers by the ICU locale's rules only under an ICU
// collation; SQLite's lower() knows ASCII only, so there the application searches.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The name and e-mail of invitation `alias`, folded. normalize() is costly in PostgreSQL (18 ms over
 * a summit of 1,000 people against 4 ms in all with this), and almost every text is in NFC already,
 * which the quick check `is nfc normalized` says at a fraction of the cost.
 */
function foldedNameAndEmail(alias: string): RawBuilder<string> {
  const lowered = sql<string>`lower((${sql.ref(`${alias}.name`)} || ' ' || ${sql.ref(`${alias}.email`)}) collate "da-x-icu")`;
  return sql<string>`(case when ${lowered} is nfc normalized then ${lowered} else normalize(${lowered}, NFC) end)`;
}

/** True for the rows of invitation `alias` whose name and e-mail hold every one of `words` (from searchWords). */
export function holdsEveryWord(alias: string, words: readonly string[]): Expression<SqlBool> {
  const folded = foldedNameAndEmail(alias);
  return sql<SqlBool>`(${sql.join(words.map((word) => sql`strpos(${folded}, ${word}) > 0`), sql` and `)})`;
}
