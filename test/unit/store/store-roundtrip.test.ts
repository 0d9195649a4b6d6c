// The result-store contract on the embedded chdb store.
import { runResultStoreContract } from './result-store.contract.js';
import { tempChdbStore } from './helpers.js';

runResultStoreContract(tempChdbStore);
