import { storageContractSuite } from '../storageContractSuite.js';
import { MemoryStorage } from './MemoryStorage.js';

storageContractSuite('MemoryStorage', async () => new MemoryStorage());
