import { runExactViewsCheck } from './exact-views.contract.js';
import { tempChdbStore } from './helpers.js';

runExactViewsCheck(tempChdbStore);
