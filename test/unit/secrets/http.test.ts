// Credentials in HTTP and connection syntax: Authorization headers, curl -u, user:password@ URLs, connection strings.

import { ALNUM, expectClean, expectSecret, fake, URL_SAFE } from './fake-secrets';

describe('secret detector: HTTP and connection credentials', () => {
  it('reports Basic credentials in an Authorization header (the base64 part only)', () => {
    const encoded = Buffer.from(`svc-orders:${fake(14, ALNUM)}`).toString('base64');
    expectSecret(`headers: { Authorization: "Basic ${encoded}" }`, encoded, 'basic-auth-header');
  });

  it('reports a bearer token in an Authorization header', () => {
    const token = fake(40, URL_SAFE);
    expectSecret(`Authorization: Bearer ${token}`, token, 'bearer-token');
  });

  it('ignores Authorization headers built from references or placeholders', () => {
    expectClean('Authorization: `Bearer ${token}`');
    expectClean('-H "Authorization: Bearer $API_KEY"');
    expectClean('-H "Authorization: Bearer <your token>"');
    expectClean('"Authorization": "Basic ..."');
  });

  it('reports a password passed to curl -u, but not shell variables', () => {
    const password = `${fake(10, ALNUM)}!`;
    expectSecret(`curl -u deploy:${password} https://ci.example.org/api`, password, 'basic-auth-credentials');
    expectClean('curl -u "$USER:$PASSWORD" https://ci.example.org/api');
    expectClean('curl --user "${{ secrets.USER }}:${{ secrets.PASS }}" https://ci.example.org');
  });

  it('reports the password of a URL with credentials (offsets on the password only)', () => {
    const password = fake(16, ALNUM);
    const text = `git remote add origin https://deploy:${password}@git.example.org/team/repo.git`;
    expectSecret(text, password, 'url-credentials');
  });

  it('ignores URLs whose password is a reference or a placeholder, and URLs without credentials', () => {
    expectClean('const API_URL = "https://${username}:${password}@api.example.com/v1";');
    expectClean('https://username:password@example.com/api');
    expectClean('https://api.example.com/v1/orders?email=a@b.example');
    expectClean('mailto:support@example.com');
  });

  it('reports passwords in database URLs and ADO.NET connection strings', () => {
    const mongo = fake(14, ALNUM);
    expectSecret(`MONGO_URI=mongodb+srv://app:${mongo}@cluster0.abcde.mongodb.net/orders`, mongo, 'connection-string-password');
    const redis = fake(20, ALNUM);
    expectSecret(`REDIS_URL=rediss://:${redis}@cache.internal:6380/0`, redis, 'connection-string-password');
    const ado = `${fake(10, ALNUM)}!`;
    expectSecret(`"Db": "Server=tcp:db.internal,1433;Database=orders;User Id=app;Password=${ado};"`, ado, 'connection-string-password');
  });

  it('ignores connection strings that take the password from the environment', () => {
    expectClean('DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/orders');
    expectClean('Server=db;Database=orders;User Id=app;Password=$(DB_PASSWORD);');
    expectClean('postgres://postgres:postgres@localhost:5432/postgres');
  });
});
