// E-mail and SMS formats: SendGrid, Mailgun, Mailchimp, Brevo, Twilio.

import { ALNUM, expectClean, expectSecret, fake, HEX, URL_SAFE } from './fake-secrets';

describe('secret detector: e-mail and SMS services', () => {
  it('reports SendGrid, Mailgun, Mailchimp and Brevo keys', () => {
    const sendgrid = `SG.${fake(22, URL_SAFE)}.${fake(43, URL_SAFE)}`;
    expectSecret(`sgMail.setApiKey('${sendgrid}');`, sendgrid, 'sendgrid-api-key');
    const mailgun = `key-${fake(32, HEX)}`;
    expectSecret(`MAILGUN_API_KEY=${mailgun}`, mailgun, 'mailgun-api-key');
    const mailchimp = `${fake(32, HEX)}-us14`;
    expectSecret(`mailchimp.setConfig({ apiKey: '${mailchimp}', server: 'us14' });`, mailchimp, 'mailchimp-api-key');
    const brevo = `xkeysib-${fake(64, HEX)}-${fake(16, ALNUM)}`;
    expectSecret(`BREVO_KEY=${brevo}`, brevo, 'brevo-api-key');
  });

  it('ignores a SendGrid key with a broken structure and the Mailgun public key', () => {
    expectClean(`SG.${fake(22, URL_SAFE)}..${fake(43, URL_SAFE)}`);
    expectClean(`mailgun_public_key: pubkey-${fake(32, HEX)}`);
  });

  it('reports a Twilio auth token and API key SID', () => {
    const authToken = fake(32, HEX);
    expectSecret(`TWILIO_AUTH_TOKEN=${authToken}`, authToken, 'twilio-auth-token');
    const apiKey = `SK${fake(32, HEX)}`;
    expectSecret(`twilio_api_key: ${apiKey}`, apiKey, 'twilio-api-key');
  });

  it('reports a Twilio auth token passed after its account SID', () => {
    const authToken = fake(32, HEX);
    expectSecret(`const client = twilio("AC${fake(32, HEX)}", "${authToken}");`, authToken, 'twilio-auth-token');
    expectSecret(`client = Client("AC${fake(32, HEX)}", '${authToken}')`, authToken, 'twilio-auth-token');
  });

  it('reports a Mailgun key in the current format next to the service name', () => {
    const key = `${fake(32, HEX)}-${fake(8, HEX)}-${fake(8, HEX)}`;
    expectSecret(`const mg = mailgun.client({ username: "api", key: "${key}" });`, key, 'mailgun-api-key');
  });
});
