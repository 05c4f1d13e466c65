// Developer platform formats: registries, CI/CD, infrastructure, observability and SaaS tokens.

import { ALNUM, DIGITS, expectClean, expectSecret, fake, fakeUuid, HEX, LOWER_DIGITS, URL_SAFE } from './fake-secrets';

describe('secret detector: developer platforms', () => {
  it('reports npm tokens, also as an .npmrc registry credential', () => {
    const npm = `npm_${fake(36, ALNUM)}`;
    expectSecret(`//registry.example.com/:_authToken=${npm}`, npm, 'npm-access-token');
    const legacy = fakeUuid();
    expectSecret(`//registry.example.com/:_authToken=${legacy}`, legacy, 'npmrc-auth-token');
    expectClean('//registry.example.com/:_authToken=${NPM_TOKEN}');
  });

  it('reports PyPI, RubyGems and Docker Hub tokens', () => {
    const pypi = `pypi-AgEIcHlwaS5vcmc${fake(120, URL_SAFE)}`;
    expectSecret(`password = ${pypi}`, pypi, 'pypi-token');
    const gem = `rubygems_${fake(48, HEX)}`;
    expectSecret(`GEM_HOST_API_KEY: ${gem}`, gem, 'rubygems-api-key');
    const docker = `dckr_pat_${fake(27, URL_SAFE)}`;
    expectSecret(`echo ${docker} | docker login -u bot --password-stdin`, docker, 'docker-hub-token');
  });

  it('reports HashiCorp Vault and Terraform Cloud tokens', () => {
    const vault = `hvs.${fake(95, URL_SAFE)}`;
    expectSecret(`VAULT_TOKEN=${vault}`, vault, 'vault-token');
    const terraform = `${fake(14, LOWER_DIGITS)}.atlasv1.${fake(67, URL_SAFE)}`;
    expectSecret(`token = "${terraform}"`, terraform, 'terraform-cloud-token');
  });

  it('reports Sentry, Grafana, New Relic and Databricks tokens', () => {
    const sentry = `sntryu_${fake(64, HEX)}`;
    expectSecret(`SENTRY_AUTH_TOKEN=${sentry}`, sentry, 'sentry-token');
    const grafana = `glsa_${fake(32, ALNUM)}_${fake(8, HEX)}`;
    expectSecret(`Authorization: Bearer ${grafana}`, grafana, 'grafana-token');
    const newRelic = `NRAK-${fake(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
    expectSecret(`newrelic_api_key = "${newRelic}"`, newRelic, 'new-relic-key');
    const databricks = `dapi${fake(32, HEX)}`;
    expectSecret(`DATABRICKS_TOKEN=${databricks}`, databricks, 'databricks-token');
  });

  it('reports Linear, Notion, Figma, Vercel, Postman and Tailscale tokens', () => {
    const cases: Array<[string, string]> = [
      [`lin_api_${fake(40, ALNUM)}`, 'linear-api-key'],
      [`ntn_${fake(11, DIGITS)}${fake(35, ALNUM)}`, 'notion-token'],
      [`figd_${fake(40, URL_SAFE)}`, 'figma-token'],
      [`vcp_${fake(24, ALNUM)}`, 'vercel-token'],
      [`PMAK-${fake(24, HEX)}-${fake(34, HEX)}`, 'postman-api-key'],
      [`tskey-auth-${fake(12, ALNUM)}-${fake(24, ALNUM)}`, 'tailscale-key'],
    ];
    for (const [token, type] of cases) {
      expectSecret(`headers:\n  X-Token: "${token}"\n`, token, type);
    }
  });

  it('reports a 1Password account secret key and a SonarQube token', () => {
    const onePassword = ['A3', ...[6, 11, 5, 5, 5].map((length) => fake(length, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789'))].join('-');
    expectSecret(`Secret key: ${onePassword}`, onePassword, '1password-secret-key');
    const sonar = `sqp_${fake(40, HEX)}`;
    expectSecret(`sonar.login=${sonar}`, sonar, 'sonarqube-token');
  });

  it('reports a Notion integration token in the legacy secret_ format', () => {
    const token = `secret_${fake(43, ALNUM)}`;
    expectSecret(`const notion = new Client({ auth: "${token}" });`, token, 'notion-token');
    expectClean('NOTION_TOKEN=secret_your_integration_token_here');
  });
});
