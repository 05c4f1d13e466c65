// Cloud providers: AWS, Google Cloud, Azure, DigitalOcean, Heroku, Alibaba, Cloudflare, Yandex, Fly.io, OpenShift.

import { decodeBase64 } from '../base64';
import type { SecretDetector } from '../types';

/** An assignment operator with the quotes and spaces that may surround it (used after a provider's key name). */
const ASSIGN = String.raw`["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?`;

/**
 * `<key> <separator> <value>` for formats recognised by their key name (see SecretDetector.keyName): any key,
 * an assignment of any supported syntax or a command-line flag's space, then a value of the given shape.
 */
function keyed(value: string): RegExp {
  return new RegExp(
    String.raw`(?<![\w.])(?<key>[A-Za-z][\w.-]{0,60})["'\x60]?[ \t]*(?:={1,2}>?|:{1,3}=|\?=|:|(?<=[\w"'\x60][ \t]))[ \t]*["'\x60]?(?<secret>${value})(?![\w+/=-])`,
    'dg',
  );
}

/** Keys only a Firebase web app config has beside its `apiKey`. */
const FIREBASE_CONFIG_KEYS = /authDomain|messagingSenderId|firebaseapp\.com/;
/** How far around the key the rest of its config object is looked for. */
const CONFIG_REACH = 600;

/**
 * A Firebase web config (`apiKey` beside `authDomain`, `messagingSenderId`...). Its API key only identifies the app
 * to Firebase, ships in every page that uses it and is guarded by Security Rules and App Check, as Firebase's
 * documentation says; reporting it would teach users to ignore the rule. The same key format elsewhere (a Gemini or
 * Maps server key in code or config) is reported.
 */
function isInFirebaseWebConfig(text: string, index: number): boolean {
  return FIREBASE_CONFIG_KEYS.test(text.slice(Math.max(0, index - CONFIG_REACH), index + CONFIG_REACH));
}

export const CLOUD_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/dg,
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key'],
    pattern: keyed(String.raw`[A-Za-z0-9/+]{40}`),
    keyName: /^aws\w*secret\w*$|^secretaccesskey$/,
    minEntropy: 3.5,
  },
  {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock long-term API key',
    keywords: ['abskqmvkcm9ja0fqsutles'],
    // "ABSK" + base64("BedrockAPIKey-...").
    pattern: /(?<![A-Za-z0-9+/])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,400}={0,2}/dg,
  },
  {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock short-term API key',
    keywords: ['bedrock-api-key-'],
    pattern: /(?<![\w-])bedrock-api-key-(?<payload>[A-Za-z0-9+/]{24,4000}={0,2})/dg,
    // The payload is a presigned bedrock.amazonaws.com request.
    validate: (_secret, match) =>
      decodeBase64(match.groups?.payload ?? '')?.startsWith('bedrock.amazonaws.com') === true,
  },
  {
    id: 'gcp-api-key',
    description: 'Google API key',
    keywords: ['aiza'],
    // Only where assigned or quoted: bare keys in prose are mostly the published browser keys of public apps.
    pattern: /(?<=[=:(,][ \t]*["'`]?|["'`])AIza[\w-]{35}(?![\w-])/dg,
    minEntropy: 3.5,
    inContext: (text, index) => !isInFirebaseWebConfig(text, index),
  },
  {
    id: 'gcp-oauth-token',
    description: 'Google OAuth access token',
    keywords: ['ya29.'],
    pattern: /(?<![\w.-])ya29\.[\w-]{30,1024}/dg,
    minEntropy: 3.5,
  },
  {
    id: 'azure-storage-key',
    description: 'Azure storage account or Service Bus key',
    keywords: ['accountkey=', 'sharedaccesskey=', 'sharedkey='],
    pattern: /(?:AccountKey|SharedAccessKey|SharedKey)=(?<secret>[A-Za-z0-9+/]{40,100}={0,2})/dgi,
    minEntropy: 3.5,
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Azure AD (Entra ID) client secret',
    keywords: ['q~'],
    pattern: /(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/dg,
    minEntropy: 3,
  },
  {
    id: 'digitalocean-token',
    description: 'DigitalOcean access token',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![\w-])do[opr]_v1_[a-f0-9]{64}(?![\w-])/dg,
  },
  {
    id: 'heroku-api-key',
    description: 'Heroku API key',
    keywords: ['hrku-'],
    pattern: /(?<![\w-])HRKU-AA[\w-]{58}(?![\w-])/dg,
  },
  {
    id: 'heroku-api-key',
    description: 'Heroku API key',
    keywords: ['heroku'],
    pattern: new RegExp(
      String.raw`heroku[\w.-]{0,24}?${ASSIGN}(?<secret>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w-])`,
      'dgi',
    ),
  },
  {
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud access key ID',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/dg,
    minEntropy: 3,
  },
  {
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token',
    keywords: ['cfat_', 'cfut_', 'cfk_'],
    pattern: /(?<![\w-])cf(?:at|ut|k)_[A-Za-z0-9]{40}[a-f0-9]{8}(?![\w-])/dg,
  },
  {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    pattern: /(?<![\w.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![\w-])/dg,
  },
  {
    id: 'yandex-api-key',
    description: 'Yandex Cloud API key',
    keywords: ['aqvn'],
    pattern: /(?<![\w-])AQVN[\w-]{35,38}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'flyio-access-token',
    description: 'Fly.io access token',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    pattern: /(?<![\w-])(?:fo1_[\w-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,4000}={0,3})(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'openshift-user-token',
    description: 'OpenShift user token',
    keywords: ['sha256~'],
    pattern: /(?<![\w-])sha256~[\w-]{43}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud IAM API key',
    keywords: ['ibm', 'iam', 'cloud'],
    pattern: keyed(String.raw`[\w-]{44}`),
    keyName: /^(?:ibm|iam|cloud)(?:cloud)?(?:iam)?(?:api)?(?:key|pwd|password|pass)$/,
    minEntropy: 3,
  },
  {
    id: 'ibm-cos-hmac-secret',
    description: 'IBM Cloud Object Storage HMAC secret key',
    keywords: ['cos', 'hmac', 'secretaccesskey', 'secret_access_key', 'secret-access-key'],
    pattern: keyed(String.raw`[a-f0-9]{48}`),
    keyName: /^(?:ibm)?cos(?:hmac)?secret(?:access)?key$|^(?:ibm)?(?:cos)?hmacsecret(?:access)?key$|^secretaccesskey$/,
    minEntropy: 3,
  },
  {
    id: 'softlayer-api-key',
    description: 'SoftLayer (IBM Classic Infrastructure) API key',
    keywords: ['softlayer', 'sl_', 'sl-', 'slapi'],
    pattern: keyed(String.raw`[a-z0-9]{64}`),
    keyName: /^(?:softlayer|sl)(?:api)?(?:key|pwd|password|pass)$/,
    minEntropy: 3,
  },
  {
    id: 'softlayer-api-key',
    description: 'SoftLayer (IBM Classic Infrastructure) API key in a SOAP URL',
    keywords: ['api.softlayer.com'],
    pattern: /api\.softlayer\.com\/soap\/v3(?:\.1)?\/(?<secret>[a-z0-9]{64})(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'sumologic-access-id',
    description: 'Sumo Logic access ID',
    keywords: ['sumo'],
    pattern: keyed(String.raw`su[A-Za-z0-9]{12}`),
    keyName: /^sumo(?:logic)?accessid$/,
    minEntropy: 3,
  },
  {
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    keywords: ['tk-us-'],
    pattern: /(?<![\w-])tk-us-[\w-]{48}(?![\w-])/dg,
  },
];
