// `npm start`: the server, compiled when dist/ is current, else from the sources (bin/launch.js).
import { launch } from './launch.js';
await launch('main');
