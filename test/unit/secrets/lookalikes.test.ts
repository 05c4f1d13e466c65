// Look-alikes of secrets that must stay quiet: hashes, integrity strings, ids, public keys, site keys, examples.

import { ALNUM, BASE64, expectClean, expectSecret, fake, fakeUuid, HEX, URL_SAFE } from './fake-secrets';

describe('secret detector: look-alikes', () => {
  it('leaves hashes and git SHAs alone, also under suspicious names', () => {
    expectClean(`sha1: ${fake(40, HEX)}\nsha256: ${fake(64, HEX)}\nsha512: ${fake(128, HEX)}\n`);
    expectClean(`      - uses: actions/checkout@${fake(40, HEX)} # v4\ncommit ${fake(40, HEX)}\n`);
    expectClean(`ENV TINI_SHA256=${fake(64, HEX)}\nimage: ghcr.io/acme/bot@sha256:${fake(64, HEX)}\n`);
  });

  it('leaves SRI and lock-file integrity strings alone', () => {
    expectClean(`<script src="https://cdn.example.com/x.js" integrity="sha384-${fake(64, BASE64)}"></script>`);
    expectClean(`"integrity": "sha512-${fake(86, BASE64)}=="`);
  });

  it('leaves UUIDs under id keys and build hashes in file names alone', () => {
    expectClean(`tenant_id: ${fakeUuid()}\nclient_id: ${fakeUuid()}\nrequest_id: "${fakeUuid()}"\n`);
    expectClean(`<script type="module" src="/assets/index-${fake(8, URL_SAFE)}.js"></script>\n"main.js": "/static/js/main.${fake(8, HEX)}.js"`);
  });

  it('leaves public keys, certificates and SSH public keys alone', () => {
    const body = Array.from({ length: 6 }, () => fake(64, BASE64)).join('\n');
    expectClean(`-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n`);
    expectClean(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`);
    expectClean(`ssh_authorized_keys:\n  - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${fake(300, BASE64)} deploy@ci\n`);
  });

  it('leaves public site keys and analytics ids alone', () => {
    expectClean(`RECAPTCHA_SITE_KEY=6L${fake(38, URL_SAFE)}\n<div class="g-recaptcha" data-sitekey="6L${fake(38, URL_SAFE)}"></div>`);
    expectClean(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${fake(99, ALNUM)}\nGA_MEASUREMENT_ID=G-${fake(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n`);
  });

  it('leaves the API key of a Firebase web config alone, and reports the same format elsewhere', () => {
    const key = `AIza${fake(35, URL_SAFE)}`;
    expectClean(`const firebaseConfig = {\n  apiKey: "${key}",\n  authDomain: "bot.firebaseapp.com",\n  projectId: "bot",\n};`);
    expectSecret(`GEMINI_API_KEY=${key}\n`, key, 'gcp-api-key');
  });

  it('leaves documentation example credentials and placeholders alone', () => {
    expectClean('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n');
    expectClean('stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n');
    expectClean('SLACK_BOT_TOKEN=xoxb-your-bot-token\n# e.g. xoxb-1234-5678-EXAMPLE\n');
    expectClean('OPENAI_API_KEY=your-api-key-here\ntoken: "<token>"\nDB_PASSWORD=changeme\nJWT_SECRET=****\n');
    expectClean('DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb"\n');
  });

  it('leaves base64 of a placeholder alone, also as the password of a user:password pair', () => {
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    expectClean(`password: ${b64('changeme')}\napi_key: ${b64('INSERT_API_KEY')}\n`);
    expectClean(`{"auths":{"ghcr.io":{"auth":"${b64('bot:<token>')}"}}}\nAuthorization: Basic ${b64('your-user:your-token')}\n`);
    const real = b64(`bot:${fake(16, ALNUM)}`);
    expectSecret(`Authorization: Basic ${real}`, real, 'basic-auth-header');
  });

  it('leaves templates and lookups alone', () => {
    expectClean('OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\napiKey: {{ .Values.apiKey }}\npassword: ${DB_PASSWORD}\n');
    expectClean('"env": { "TOKEN": "${env:TOKEN}" }\nexport SLACK_TOKEN=$(cat ~/.config/slack/token)\nconst k = process.env.API_KEY;\n');
  });

  it('still reports Stripe test-mode secret and restricted keys', () => {
    const secret = `sk_test_${fake(99, ALNUM)}`;
    expectSecret(`STRIPE_SECRET_KEY=${secret}`, secret, 'stripe-secret-key');
    const restricted = `rk_test_${fake(99, ALNUM)}`;
    expectSecret(`restricted_key: ${restricted}`, restricted, 'stripe-restricted-key');
  });
});
