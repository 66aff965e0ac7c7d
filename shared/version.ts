/** Version of the sync service and the extension; kept equal to package.json by a test. */
export const SERVICE_VERSION = '0.1.0';

/** Version of the sync wire protocol. Bumped on every incompatible frame change. */
export const PROTOCOL_VERSION = 1;
