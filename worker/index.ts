import type { Bindings } from './env';
import { createApp } from './app';

export default createApp() satisfies ExportedHandler<Bindings>;
