// The cmdlets' service: the local engine, in the account and region of the call.
import { createContext, invoke } from '../../engine/index.js';
import type { Service } from '../../binding/invoke-cmdlet.js';

export const localService: Service = (operation, request, region) => invoke(createContext({ region }), operation, request);
