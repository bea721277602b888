// Where each page keeps its bearer token: the guest's lives across visits, the admin's only for the tab.

const USER_TOKEN_KEY = 'profos.token';
const ADMIN_TOKEN_KEY = 'profos.adminToken';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

function storedIn(storage: () => Storage, key: string): TokenStore {
  return {
    get: () => storage().getItem(key),
    set: (token) => storage().setItem(key, token),
    clear: () => storage().removeItem(key),
  };
}

export const userToken = storedIn(() => localStorage, USER_TOKEN_KEY);
export const adminToken = storedIn(() => sessionStorage, ADMIN_TOKEN_KEY);
