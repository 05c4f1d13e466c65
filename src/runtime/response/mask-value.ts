// How a masked value looks: an email keeps its first character and domain (j***@example.com), anything else at most
// its last 4 characters (***1111), fewer when it is short.

const EMAIL = /^([^@\s])[^@\s]*@([^@\s]+)$/;

export function maskValue(value: unknown): string {
  if (value === null || typeof value === 'boolean' || value === undefined) {
    return '***';
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const email = EMAIL.exec(text);
  if (email) {
    return `${email[1]}***@${email[2]}`;
  }
  const keep = Math.min(4, Math.floor(text.length / 3));
  return `***${keep > 0 ? text.slice(-keep) : ''}`;
}
