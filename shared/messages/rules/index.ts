/** The nine collection-message rules (CONTRACT §5), in the order flags are reported. */
import type { MessageRule } from '../rule-schema.ts';
import { contactsThirdPartiesRule } from './contacts-third-parties.ts';
import { falseConsequenceRule } from './false-consequence.ts';
import { impersonatesAuthorityRule } from './impersonates-authority.ts';
import { insultRule } from './insult.ts';
import { oddHoursRule } from './odd-hours.ts';
import { personalAccountRule } from './personal-account.ts';
import { publicShamingRule } from './public-shaming.ts';
import { reliefScamRule } from './relief-scam.ts';
import { threatRule } from './threat.ts';

export const messageRules: readonly MessageRule[] = Object.freeze([
  threatRule,
  contactsThirdPartiesRule,
  impersonatesAuthorityRule,
  falseConsequenceRule,
  insultRule,
  publicShamingRule,
  personalAccountRule,
  oddHoursRule,
  reliefScamRule,
]);
