// The Redis side of shared rate limits: one atomic script that takes a call from every limit of the call or from
// none. Each limit is a sliding log (a sorted set of admission times, scored by Redis' own clock, so processes on
// different machines agree), so no window of the period ever admits more than its `requests`, across window edges too.
//
// KEYS: one sorted set per limit. ARGV[1]: a member unique to this call; then, per key, its requests and period (ms).
// Returns 0 when the call was admitted, else the milliseconds until it would be (nothing is recorded then).

export const TAKE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local wait = 0
for i, key in ipairs(KEYS) do
  local requests = tonumber(ARGV[2 * i])
  local period = tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
  local count = redis.call('ZCARD', key)
  if count >= requests then
    local blocking = redis.call('ZRANGE', key, count - requests, count - requests, 'WITHSCORES')
    wait = math.max(wait, tonumber(blocking[2]) + period - now)
  end
end
if wait > 0 then
  return math.ceil(wait)
end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, ARGV[2 * i + 1])
end
return 0
`;
