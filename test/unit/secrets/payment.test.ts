// Payment formats: Stripe, Square, Braintree, Shopify, Flutterwave, Plaid; publishable keys are not secrets.

import { ALNUM, expectClean, expectSecret, fake, fakeUuid, HEX, LOWER_DIGITS, URL_SAFE } from './fake-secrets';

describe('secret detector: payments', () => {
  it('reports Stripe secret and restricted keys, test-mode ones included', () => {
    for (const [prefix, type] of [
      ['sk_live_', 'stripe-secret-key'],
      ['sk_test_', 'stripe-secret-key'],
      ['rk_live_', 'stripe-restricted-key'],
    ] as const) {
      const key = `${prefix}${fake(24, ALNUM)}`;
      expectSecret(`const stripe = new Stripe('${key}');`, key, type);
    }
  });

  it('ignores Stripe publishable keys, even under a key name that sounds secret', () => {
    expectClean(`const stripe = loadStripe('pk_live_${fake(24, ALNUM)}');`);
    expectClean(`STRIPE_KEY=pk_test_${fake(24, ALNUM)}`);
    expectClean('sk_live_');
  });

  it('reports Square access tokens and OAuth secrets', () => {
    const token = `sq0atp-${fake(22, URL_SAFE)}`;
    expectSecret(`SQUARE_ACCESS_TOKEN=${token}`, token, 'square-access-token');
    const secret = `sq0csp-${fake(43, URL_SAFE)}`;
    expectSecret(`square_application_secret: ${secret}`, secret, 'square-oauth-secret');
  });

  it('reports a Braintree access token', () => {
    const token = `access_token$production$${fake(16, LOWER_DIGITS)}$${fake(32, HEX)}`;
    expectSecret(`BRAINTREE_TOKEN="${token}"`, token, 'braintree-access-token');
  });

  it('reports Shopify, Flutterwave and Plaid secrets', () => {
    const shopify = `shpat_${fake(32, HEX)}`;
    expectSecret(`X-Shopify-Access-Token: ${shopify}`, shopify, 'shopify-token');
    const flutterwave = `FLWSECK_TEST-${fake(32, 'abcdefgh0123456789')}-X`;
    expectSecret(`FLW_SECRET_KEY=${flutterwave}`, flutterwave, 'flutterwave-secret-key');
    const plaid = `access-production-${fakeUuid()}`;
    expectSecret(`plaid_access: "${plaid}"`, plaid, 'plaid-access-token');
  });

  it('reports a Stripe webhook signing secret', () => {
    const secret = `whsec_${fake(32, ALNUM)}`;
    expectSecret(`STRIPE_WEBHOOK_SECRET=${secret}`, secret, 'stripe-webhook-secret');
  });
});
