// HTTP calls of the pages: the query API (same origin) and the command API (another origin, with a token).
// Errors carry the API's own message, in plain words.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('The server cannot be reached. Check your connection; the page retries by itself.', 0);
  }
  return answer(response);
}

/** A command: method and path on the command API, with the bearer token and an optional JSON body. */
export async function sendCommand(commandUrl, method, path, token, body) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(commandUrl + path, { method, headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError('The command service at ' + commandUrl + ' cannot be reached. Nothing was changed.', 0);
  }
  return answer(response);
}

async function answer(response) {
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const message = json && json.message ? json.message : 'The server answered ' + response.status + '.';
    throw new ApiError(sentence(message), response.status);
  }
  return json;
}

/** "unknown or invalid token" → "Unknown or invalid token." */
export function sentence(message) {
  const m = String(message).trim();
  if (!m) {
    return m;
  }
  return m[0].toUpperCase() + m.slice(1) + (/[.!?]$/.test(m) ? '' : '.');
}

let config = null;

/** The page's settings from the query app: {commandUrl}. */
export async function loadConfig() {
  if (!config) {
    config = await getJson('/api/config').catch(() => ({ commandUrl: null }));
  }
  return config;
}
