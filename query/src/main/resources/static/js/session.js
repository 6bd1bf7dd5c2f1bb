// The negotiator's sign-in: the token is kept for this tab only (sessionStorage); the acting delegation is
// what the command API says the token stands for, never a choice made on the page.

import { sendCommand } from './api.js';

const KEY = 'plenary.token';

export function storedToken() {
  return sessionStorage.getItem(KEY);
}

/** Checks the token with the command API; keeps it and answers {actor, name} when it is valid. */
export async function signIn(commandUrl, token) {
  const session = await sendCommand(commandUrl, 'GET', '/api/session', token);
  sessionStorage.setItem(KEY, token);
  return session;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}
