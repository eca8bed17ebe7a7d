import { createLookupService } from '../services/lookup/lookup-service';
import { openDatabase } from '../db/connection';
export const parts = [createLookupService, openDatabase];
