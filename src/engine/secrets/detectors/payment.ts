// Payments and commerce: Stripe, Square, PayPal/Braintree, Shopify, Flutterwave, Plaid.
// Publishable keys (pk_live_, pk_test_, FLWPUBK_) are meant for browsers and are deliberately not detected.

import type { SecretDetector } from '../types';

export const PAYMENT_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'stripe-secret-key',
    description: 'Stripe secret key',
    // Test-mode keys are still secrets: they read and change the account's test data.
    keywords: ['sk_live_', 'sk_test_', 'sk_prod_'],
    pattern: /(?<![\w-])sk_(?:live|test|prod)_[A-Za-z0-9]{24,247}(?![\w-])/dg,
  },
  {
    id: 'stripe-restricted-key',
    description: 'Stripe restricted key',
    keywords: ['rk_live_', 'rk_test_', 'rk_prod_'],
    pattern: /(?<![\w-])rk_(?:live|test|prod)_[A-Za-z0-9]{24,247}(?![\w-])/dg,
  },
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![\w+/=-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'square-access-token',
    description: 'Square access token',
    keywords: ['sq0atp-', 'eaaa'],
    pattern: /(?<![\w-])(?:sq0atp-[\w-]{22}|EAAA[\w-]{60})(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: /(?<![\w-])sq0csp-[\w-]{43}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'braintree-access-token',
    description: 'PayPal Braintree access token',
    keywords: ['access_token$'],
    pattern: /access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}/dg,
  },
  {
    id: 'shopify-token',
    description: 'Shopify access token or shared secret',
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    pattern: /(?<![\w-])shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,40}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret or encryption key',
    keywords: ['flwseck'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-(?:[a-h0-9]{32}-X|[a-h0-9]{12})(?![\w-])/dg,
  },
  {
    id: 'plaid-access-token',
    description: 'Plaid access token',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: /(?<![\w-])access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/dg,
  },
];
