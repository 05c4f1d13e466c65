// Cloud provider formats: AWS, Google Cloud, Azure, DigitalOcean, Heroku, IBM Cloud.

import { BASE64, expectClean, expectSecret, fake, fakeUuid, HEX, LOWER_DIGITS, URL_SAFE } from './fake-secrets';

const AWS_ID_BODY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

describe('secret detector: cloud providers', () => {
  it('reports an AWS access key id and secret access key in an ini credentials file', () => {
    const id = `AKIA${fake(16, AWS_ID_BODY)}`;
    const secret = fake(40, BASE64);
    const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
    expectSecret(text, id, 'aws-access-key-id');
    expectSecret(text, secret, 'aws-secret-access-key');
  });

  it('reports a secret access key in the JSON the AWS CLI prints', () => {
    const secret = fake(40, BASE64);
    expectSecret(`{ "AccessKeyId": "ASIA${fake(16, AWS_ID_BODY)}", "SecretAccessKey": "${secret}" }`, secret, 'aws-secret-access-key');
  });

  it('ignores AWS documentation keys and values of another shape under AWS key names', () => {
    expectClean('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expectClean(`AWS_SECRET_ACCESS_KEY = ${fake(56, BASE64)}==  # KMS-encrypted blob`);
    expectClean('akiaabcdefghij234567 is not an access key id');
  });

  it('reports a Google API key where it is assigned', () => {
    const key = `AIza${fake(35, URL_SAFE)}`;
    expectSecret(`const firebaseConfig = { apiKey: "${key}", projectId: "orders-bot" };`, key, 'gcp-api-key');
  });

  it('reports an Azure storage account key inside a connection string', () => {
    const key = `${fake(86, BASE64)}==`;
    const text = `"Storage": "DefaultEndpointsProtocol=https;AccountName=ordersbot;AccountKey=${key};EndpointSuffix=core.windows.net"`;
    expectSecret(text, key, 'azure-storage-key');
  });

  it('reports an Azure AD client secret', () => {
    const secret = `${fake(3, URL_SAFE)}8Q~${fake(34, URL_SAFE)}`;
    expectSecret(`AZURE_CLIENT_SECRET=${secret}`, secret, 'azure-ad-client-secret');
  });

  it('reports DigitalOcean and Heroku tokens', () => {
    const doToken = `dop_v1_${fake(64, HEX)}`;
    expectSecret(`DIGITALOCEAN_TOKEN=${doToken}`, doToken, 'digitalocean-token');
    const heroku = `HRKU-AA${fake(58, URL_SAFE)}`;
    expectSecret(`heroku: "${heroku}"`, heroku, 'heroku-api-key');
    const legacy = fakeUuid();
    expectSecret(`HEROKU_API_KEY=${legacy}`, legacy, 'heroku-api-key');
  });

  it('reports IBM Cloud API keys under their key names, and only in their format', () => {
    const key = fake(44, URL_SAFE);
    expectSecret(`ibm_cloud_api_key: ${key}`, key, 'ibm-cloud-api-key');
    expectClean(`ibm_cloud_api_key: ${key}-with-a-tail`);
  });

  it('reports a SoftLayer API key passed as a command-line flag', () => {
    const key = fake(64, LOWER_DIGITS);
    expectSecret(`slcli --softlayer-api-key ${key} vs list`, key, 'softlayer-api-key');
  });
});
