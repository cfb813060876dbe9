// The shapes a key or alias document must have to be used. A file cut short, edited by hand or
// written by another program is refused with an error that names it, while the scope's other
// keys go on working: one damaged document must not take a whole account and region down.
import { KEY_SPECS, KEY_USAGES } from './model.js';
import type { KeyRecord } from './key-record.js';
import { KEY_STATES } from './key-states.js';
import type { AliasRecord } from './key-lookup.js';
import { DamagedDocumentError } from '../store/scope-store.js';

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBase64 = (v: unknown): boolean => isString(v) && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The version of the key document this pskms writes. 1 (no Version member): before imported
 * material, multi-Region keys, grants and custom key stores, sometimes without Description,
 * Policy or Tags; read by filling those in. A later version is left alone, not misread.
 */
export const KEY_DOCUMENT_VERSION = 2;

/** What is wrong with a key document, or undefined; never quotes the document (it holds key material). */
function keyProblem(doc: unknown, keyId: string): string | undefined {
  if (!isObject(doc)) return 'it is not a JSON object';
  if (doc.Version !== undefined && (typeof doc.Version !== 'number' || doc.Version > KEY_DOCUMENT_VERSION)) return `it was written by a later pskms (document version ${String(doc.Version)})`;
  if (doc.KeyId !== keyId) return 'its KeyId is not the one its file name gives';
  if (!isString(doc.Arn) || !isString(doc.AWSAccountId)) return 'Arn or AWSAccountId is not a string';
  // (Description, Policy and Tags may be missing from documents older pskms versions wrote)
  if ((doc.Description !== undefined && !isString(doc.Description)) || (doc.Policy !== undefined && !isString(doc.Policy))) return 'Description or Policy is not a string';
  if (!isTime(doc.CreationDate) || (doc.DeletionDate !== undefined && !isTime(doc.DeletionDate))) return 'CreationDate or DeletionDate is not a time';
  if (!(KEY_STATES as readonly unknown[]).includes(doc.KeyState)) return 'KeyState is not a key state';
  if (!(KEY_SPECS as readonly unknown[]).includes(doc.KeySpec) || !(KEY_USAGES as readonly unknown[]).includes(doc.KeyUsage)) return 'KeySpec or KeyUsage is not one KMS has';
  if (doc.Origin !== undefined && !['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'].includes(doc.Origin as string)) return 'Origin is not one pskms knows';
  if (doc.Imports !== undefined && (!Array.isArray(doc.Imports) || !doc.Imports.every((m) => isObject(m) && isString(m.KeyMaterialId)))) return 'Imports is not a list of key materials';
  if (doc.Tags !== undefined && (!Array.isArray(doc.Tags) || !doc.Tags.every((t) => isObject(t) && isString(t.TagKey) && isString(t.TagValue)))) return 'Tags is not a list of tags';
  const material = doc.Material;
  if (!isObject(material)) return 'it holds no key material';
  switch (material.kind) {
    case 'symmetric':
      // (an EXTERNAL key's current material may have been deleted, to be imported again)
      if (!isString(material.current) || !isObject(material.versions) || !Object.values(material.versions).every(isBase64)) return 'its symmetric material is malformed';
      if (doc.Origin !== 'EXTERNAL' && !isBase64(material.versions[material.current])) return 'its symmetric material is malformed';
      return undefined;
    case 'none':
      return doc.Origin === 'EXTERNAL' ? undefined : 'it holds no key material';
    case 'hmac':
      return isBase64(material.key) ? undefined : 'its HMAC material is malformed';
    case 'ml-dsa':
      return isBase64(material.seed) && isBase64(material.publicKey) ? undefined : 'its ML-DSA material is malformed';
    case 'asymmetric':
      return isBase64(material.privateKey) && isBase64(material.publicKey) ? undefined : 'its asymmetric material is malformed';
    default:
      return 'its material is of no kind pskms knows';
  }
}

function aliasProblem(doc: unknown, aliasName: string): string | undefined {
  if (!isObject(doc)) return 'it is not a JSON object';
  if (doc.AliasName !== aliasName) return 'its AliasName is not the one its file name gives';
  if (!isString(doc.TargetKeyId)) return 'TargetKeyId is not a string';
  if (!isTime(doc.CreationDate) || !isTime(doc.LastUpdatedDate)) return 'CreationDate or LastUpdatedDate is not a time';
  return undefined;
}

/** The key document, checked; DamagedDocumentError names the file otherwise. */
export function checkedKey(doc: unknown, keyId: string, path: () => string): KeyRecord {
  const problem = keyProblem(doc, keyId);
  if (problem) throw new DamagedDocumentError(path(), problem);
  const key = doc as KeyRecord;
  return key.Version === KEY_DOCUMENT_VERSION ? key : migrated(key);
}

/** A version 1 document in today's shape (written back so by the next change to the key). */
function migrated(key: KeyRecord): KeyRecord {
  return { ...key, Version: KEY_DOCUMENT_VERSION, Tags: key.Tags ?? [], Description: key.Description ?? '' };
}

export function checkedAlias(doc: unknown, aliasName: string, path: () => string): AliasRecord {
  const problem = aliasProblem(doc, aliasName);
  if (problem) throw new DamagedDocumentError(path(), problem);
  return doc as AliasRecord;
}
