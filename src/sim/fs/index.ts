/** Filesystem models (fs-model.ts) and their lookup by id. */
import type { FsId, FsModel } from './fs-model.js';
import { btrfsModel } from './btrfs/index.js';
import { ext4Model } from './ext4/index.js';
import { genericModel } from './generic/index.js';
import { xfsModel } from './xfs/index.js';

export * from './fs-model.js';
export { FsIdentities, isAnonymousDev } from './identify.js';

const MODELS: Readonly<Record<FsId, FsModel>> = {
  ext4: ext4Model,
  xfs: xfsModel,
  btrfs: btrfsModel,
  generic: genericModel,
};

export function fsModel(id: FsId): FsModel {
  return MODELS[id];
}

export const FS_MODELS: readonly FsModel[] = Object.values(MODELS);
