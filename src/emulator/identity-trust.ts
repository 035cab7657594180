import type { KeyObject } from 'node:crypto';
import type { JwtClaims } from '../oci/jwt.js';

/**
 * An identity domain's Identity Propagation Trust, the fields the token exchange reads: which
 * issuer it trusts and with which key, which audience (`clientClaimName`/`clientClaimValues`),
 * which OAuth clients may exchange, and which service user a token impersonates, by rules.
 */
export interface IdentityPropagationTrust {
  name: string;
  active: boolean;
  issuer: string;
  /** The issuer's signing key (a real trust has `publicKeyEndpoint` or `publicCertificate`). */
  publicKey: KeyObject;
  clientClaimName: string;
  clientClaimValues: string[];
  oauthClients: string[];
  /** `{ rule: '<claim> eq|co <value>', value: <service user OCID> }`, in order; the first rule that matches wins. */
  impersonationServiceUsers: Array<{ rule: string; value: string }>;
  /** Tolerance on the token's exp and nbf. */
  clockSkewSeconds: number;
}

interface Rule {
  claim: string;
  operator: 'eq' | 'co';
  value: string;
}

const unquote = (text: string) => text.replace(/^(["'])(.*)\1$/, '$2');

/**
 * A rule as identity domains write them: one claim, `eq` (wildcards `*` allowed) or `co`
 * (contains, no wildcards), one string value; composite rules and arrays are not supported.
 */
export function parseRule(rule: string): Rule {
  const match = /^\s*(\S+)\s+(eq|co)\s+(.+?)\s*$/i.exec(rule);
  if (!match) throw new Error(`impersonation rule "${rule}" is not "<claim> eq <value>" or "<claim> co <value>"`);
  return { claim: unquote(match[1]!), operator: match[2]!.toLowerCase() as Rule['operator'], value: unquote(match[3]!) };
}

export function ruleMatches(rule: Rule, claims: JwtClaims): boolean {
  const actual = claims[rule.claim];
  if (typeof actual !== 'string') return false;
  if (rule.operator === 'co') return actual.includes(rule.value);
  const pattern = rule.value.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** The service user the first matching rule names, or undefined when none matches. */
export function impersonatedUser(trust: IdentityPropagationTrust, claims: JwtClaims): string | undefined {
  return trust.impersonationServiceUsers.find((entry) => ruleMatches(parseRule(entry.rule), claims))?.value;
}

/** Whether the token's audience claim (one string or a list) holds one of the values the trust expects. */
export function audienceAccepted(trust: IdentityPropagationTrust, claims: JwtClaims): boolean {
  const value = claims[trust.clientClaimName];
  const values = Array.isArray(value) ? value : [value];
  return values.some((audience) => typeof audience === 'string' && trust.clientClaimValues.includes(audience));
}
