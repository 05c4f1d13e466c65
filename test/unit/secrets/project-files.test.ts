// The files a chatbot project has: compose, Kubernetes, workflows, Dockerfiles, shell, TOML/ini/properties, MCP configs.

import { ALNUM, BASE64, expectClean, expectSecret, fake, HEX, URL_SAFE } from './fake-secrets';

const password = (): string => `${fake(7, ALNUM)}!${fake(6, ALNUM)}`;

describe('secret detector: docker-compose environment', () => {
  it('reports values in the map and the list form', () => {
    const db = password();
    expectSecret(`services:\n  db:\n    environment:\n      POSTGRES_USER: bot\n      POSTGRES_PASSWORD: ${db}\n`, db, 'generic-password');
    const session = fake(32, ALNUM);
    expectSecret(`    environment:\n      - LOG_LEVEL=info\n      - SESSION_SECRET=${session}\n`, session, 'generic-secret');
    const quoted = password();
    expectSecret(`    environment:\n      - "MYSQL_ROOT_PASSWORD=${quoted}"\n`, quoted, 'generic-password');
  });

  it('leaves interpolations, secret files and defaults alone', () => {
    expectClean('    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n      - SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN:?set it}\n');
    expectClean('    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-}\n');
    expectClean('export OPENAI_API_KEY="${OPENAI_API_KEY:?missing}"\n');
  });
});

describe('secret detector: Kubernetes', () => {
  it('reports env entries whose name is secret-like, in block and flow form', () => {
    const token = fake(40, ALNUM);
    expectSecret(`          env:\n            - name: HUBSPOT_ACCESS_TOKEN\n              value: ${token}\n`, token, 'generic-secret');
    const key = fake(32, ALNUM);
    expectSecret(`        env:\n          - {name: WEAVIATE_API_KEY, value: "${key}"}\n`, key, 'generic-secret');
    const ecs = password();
    expectSecret(`"environment": [\n  { "name": "DB_PASSWORD", "value": "${ecs}" }\n]`, ecs, 'generic-password');
  });

  it('leaves secretKeyRef, $(VAR) and templates in env alone', () => {
    expectClean('        env:\n          - name: OPENAI_API_KEY\n            valueFrom:\n              secretKeyRef:\n                name: openai\n                key: key\n');
    expectClean('          env:\n            - name: DB_PASSWORD\n              value: $(POSTGRES_PASSWORD)\n            - name: API_TOKEN\n              value: "{{ .Values.apiToken }}"\n');
  });

  it('leaves the descriptive entries of a Secret, base64 placeholders and certificates alone', () => {
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    expectClean(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: bot\ndata:\n  username: ${b64('chatbot')}\n  host: ${b64('db.internal')}\n  port: ${b64('5432')}\n`);
    expectClean(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: bot\ndata:\n  password: ${b64('changeme')}\n  api-key: ${b64('your-api-key-here')}\n  token: ${b64('<token>')}\n`);
    expectClean(`apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(`-----BEGIN CERTIFICATE-----\n${fake(64, BASE64)}\n`)}\n`);
  });

  it('still reports a connection URL with a password under a descriptive key', () => {
    const url = Buffer.from(`postgres://bot:${fake(16, ALNUM)}@db:5432/bot`).toString('base64');
    expectSecret(`apiVersion: v1\nkind: Secret\ndata:\n  database-url: ${url}\n`, url, 'kubernetes-secret');
  });
});

describe('secret detector: Dockerfile, shell and curl', () => {
  it('reports ENV and ARG values, in the = and the space form', () => {
    const key = fake(40, ALNUM);
    expectSecret(`FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 \\\n    PINECONE_API_KEY=${key}\n`, key, 'generic-secret');
    const root = password();
    expectSecret(`FROM mysql:8\nENV MYSQL_ROOT_PASSWORD ${root}\nENV MYSQL_DATABASE bot\n`, root, 'generic-password');
  });

  it('leaves build arguments without a default and references alone', () => {
    expectClean('FROM node:20\nARG NPM_TOKEN\nENV API_KEY=${API_KEY}\nENV NPM_TOKEN $NPM_TOKEN\n');
  });

  it('reports tokens in curl headers, query strings and docker login', () => {
    const bearer = fake(48, URL_SAFE);
    expectSecret(`curl -s https://api.example.com/v1 \\\n  -H 'Authorization: Bearer ${bearer}'\n`, bearer, 'bearer-token');
    const query = fake(30, ALNUM);
    expectSecret(`curl "https://api.example.com/v1/search?q=pizza&api_key=${query}"`, query, 'generic-secret');
    const login = password();
    expectSecret(`docker login registry.example.com -u deploy -p '${login}'`, login, 'cli-password');
  });

  it('leaves shell variables and placeholders in curl alone', () => {
    expectClean('curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me');
    expectClean('curl -H \'Authorization: Bearer YOUR_API_KEY\' -u "$USER:$PASS" https://api.example.com');
    expectClean('docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" registry.example.com');
  });
});

describe('secret detector: tokens in URLs and code', () => {
  it('reports a token parameter inside a quoted URL, and a bare key parameter', () => {
    const token = fake(32, ALNUM);
    expectSecret(`new EventSource("https://stream.example.com/v1/events?token=${token}&channel=support");`, token, 'generic-secret');
    const key = fake(32, HEX);
    expectSecret(`URL = "https://api.example.com/v1/current?city={city}&key=${key}"`, key, 'generic-secret');
  });

  it('leaves templated and non-secret query parameters alone', () => {
    expectClean('const url = `https://api.example.com/v1/events?token=${token}&page=${page}`;');
    expectClean('https://api.example.com/v1/items?page=2&per_page=50&key=name');
  });

  it('reports a header assigned through an index', () => {
    const token = fake(36, ALNUM);
    expectSecret(`axios.defaults.headers.common["Authorization"] = "Bearer ${token}";`, token, 'bearer-token');
  });

  it('reports a key passed positionally to an SDK client, at medium confidence', () => {
    for (const call of ['cohere.Client', 'new Pinecone', 'createClient', 'new ChatClient']) {
      const key = fake(40, ALNUM);
      const match = expectSecret(`const c = ${call}("${key}");`, key, 'sdk-positional-key');
      if (match.confidence !== 'medium') {
        throw new Error(`${call}: ${match.confidence}`);
      }
    }
  });

  it('leaves strings passed to value constructors and plain functions alone', () => {
    expectClean(`const id = new ObjectId("${fake(24, HEX)}");`);
    expectClean(`assert.equal(hash, "${fake(64, HEX)}");`);
    expectClean(`const d = new Date("2024-05-01T10:00:00Z"); const b = Buffer.from("${fake(40, ALNUM)}", "base64");`);
    expectClean(`const el = document.getElementById("${fake(30, ALNUM)}");`);
  });
});

describe('secret detector: TOML, ini and .properties', () => {
  it('reports values under secret-like keys and service names', () => {
    const key = fake(40, ALNUM);
    expectSecret(`[bot.credentials]\napi_key = "${key}"\n`, key, 'generic-secret');
    const mistral = fake(40, ALNUM);
    expectSecret(`[tool.bot.secrets]\nmistral = "${mistral}"\n`, mistral, 'generic-secret');
    const smtp = password();
    expectSecret(`[smtp]\nhost = smtp.example.com\npassword = ${smtp}\n`, smtp, 'generic-password');
    const jwt = fake(64, URL_SAFE);
    expectSecret(`jwt.secret=${jwt}\njwt.expiration=86400\n`, jwt, 'generic-secret');
  });

  it('leaves lock-file checksums and references alone', () => {
    expectClean(`[[package]]\nname = "serde"\nversion = "1.0.197"\nchecksum = "${fake(64, HEX)}"\n`);
    expectClean('spring.datasource.password=${DB_PASSWORD}\nchatbot.crm.api-key=${CRM_API_KEY:}\n');
  });
});

describe('secret detector: MCP client configs', () => {
  it('reports env values, headers, --flag=value, "-k" arguments and URLs', () => {
    const env = fake(40, ALNUM);
    expectSecret(`{ "mcpServers": { "crm": { "command": "npx", "args": ["-y", "crm-mcp"], "env": { "CRM_API_KEY": "${env}" } } } }`, env, 'generic-secret');
    const header = fake(32, ALNUM);
    expectSecret(`{ "servers": { "crm": { "type": "sse", "url": "https://crm.example.com/sse", "headers": { "X-API-Key": "${header}" } } } }`, header, 'generic-secret');
    const flag = fake(36, ALNUM);
    expectSecret(`{ "mcpServers": { "f": { "command": "npx", "args": ["-y", "firecrawl-mcp", "--api-key=${flag}"] } } }`, flag, 'generic-secret');
    const short = fake(32, ALNUM);
    expectSecret(`{ "mcpServers": { "s": { "command": "uvx", "args": ["search-mcp", "-k", "${short}"] } } }`, short, 'cli-flag-key');
    const query = fake(32, ALNUM);
    expectSecret(`{ "mcpServers": { "s": { "url": "https://mcp.example.com/sse?apiKey=${query}" } } }`, query, 'generic-secret');
  });

  it('leaves each client\'s references and ordinary arguments alone', () => {
    expectClean('{ "servers": { "g": { "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github-token}" }, "envFile": "${workspaceFolder}/.env" } } }');
    expectClean('{ "mcpServers": { "a": { "url": "${API_BASE_URL:-https://api.example.com}/mcp", "headers": { "Authorization": "Bearer ${API_KEY}" } } } }');
    expectClean('{ "mcpServers": { "p": { "command": "npx", "args": ["@playwright/mcp@0.0.29", "--headless", "-t", "chromium", "-k", "/home/alice/.keys/id"] } } }');
  });
});
