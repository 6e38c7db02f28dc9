import { createContext } from 'react';
import type { LocalStore } from './LocalStore.js';

/** The signed-in person's store on this device; undefined where the browser cannot keep one. */
export const LocalStoreContext = createContext<LocalStore | undefined>(undefined);
