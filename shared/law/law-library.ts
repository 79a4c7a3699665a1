/**
 * The law library (`@debtguide/shared/law`): the articles the corpus cites, one file per law and version in
 * texts/, and how a citation's `document` finds its law. See README.md for how to add a law or an article.
 */
import type { LawText } from './law-text.ts';
import { bankCardProvisions } from './texts/bank-card-provisions.ts';
import { cardCrimeInterpretation } from './texts/card-crime-interpretation.ts';
import { civilCode } from './texts/civil-code.ts';
import { civilProcedureInterpretation } from './texts/civil-procedure-interpretation.ts';
import { civilProcedureLaw } from './texts/civil-procedure-law.ts';
import { consumerRightsLaw } from './texts/consumer-rights-law.ts';
import { creditReportingRegulation } from './texts/credit-reporting-regulation.ts';
import { criminalLaw } from './texts/criminal-law.ts';
import { limitationProvisions } from './texts/limitation-provisions.ts';
import { peopleMediationLaw } from './texts/people-mediation-law.ts';
import { personalInformationProtectionLaw } from './texts/personal-information-protection-law.ts';
import { privateLendingProvisions } from './texts/private-lending-provisions.ts';
import { privateLendingReply } from './texts/private-lending-reply.ts';
import { publicSecurityPunishments2012 } from './texts/public-security-punishments-2012.ts';
import { publicSecurityPunishments2025 } from './texts/public-security-punishments-2025.ts';

export type { LawText } from './law-text.ts';

/** Every law in the library. */
export const lawTexts: readonly LawText[] = [
  civilCode,
  personalInformationProtectionLaw,
  consumerRightsLaw,
  criminalLaw,
  publicSecurityPunishments2025,
  publicSecurityPunishments2012,
  civilProcedureLaw,
  civilProcedureInterpretation,
  peopleMediationLaw,
  creditReportingRegulation,
  privateLendingProvisions,
  privateLendingReply,
  limitationProvisions,
  bankCardProvisions,
  cardCrimeInterpretation,
];

/** A title as compared: without 中华人民共和国, inner quotation marks (〈〉, <>) or spaces. */
export function titleKey(title: string): string {
  return title.replace(/中华人民共和国/g, '').replace(/[〈〉<>《》\s\u3000]/g, '');
}

/** The official title in a citation's `document`: the first 《…》 (its inner 〈〉 kept). */
export function documentTitle(document: string): string | undefined {
  return /《([^《》]+)》/.exec(document)?.[1];
}

export type LawLookup =
  | { found: true; law: LawText }
  | { found: false; ambiguous?: undefined }
  | { found: false; ambiguous: string };

/**
 * The law a citation's `document` names. A document number in it (法释〔2015〕18号) must be the law's. When
 * the library keeps several versions, the one whose mark (a year) the document names, else the one in force;
 * naming two versions is ambiguous.
 */
export function findLaw(document: string, laws: readonly LawText[] = lawTexts): LawLookup {
  const title = documentTitle(document);
  if (title === undefined) return { found: false };
  // A document number (法释〔2015〕18号) that is not the law's names another version, not kept here.
  const numbers = document.match(/[^\s《》（）()，,]*〔\d{4}〕[^\s《》（）()，,]*?号/g) ?? [];
  const versions = laws.filter(
    (law) => titleKey(law.title) === titleKey(title) && (numbers.length === 0 || !law.number || numbers.some((number) => number.endsWith(law.number ?? ''))),
  );
  if (versions.length <= 1) return versions[0] ? { found: true, law: versions[0] } : { found: false };
  const rest = document.replace(`《${title}》`, '');
  const named = versions.filter((law) => law.version.marks.some((mark) => rest.includes(mark)));
  if (named.length > 1) {
    return { found: false, ambiguous: `names more than one version of 《${title}》 (${named.map((law) => law.version.label).join(', ')}): name one` };
  }
  const law = named[0] ?? versions.find((version) => version.version.current);
  return law ? { found: true, law } : { found: false };
}

/** Where a law's text lives in the repository, for messages: `shared/law/texts/civil-code.ts`. */
export function lawFile(law: LawText): string {
  return `shared/law/texts/${law.id}.ts`;
}
