export {bindings, type Binding, type Command, type KeySpec, type Mode, type NamedKey} from './bindings.js';
export {commandOf, helpEntries, keyLabel, means, pressesOf, type HelpEntry, type Press} from './match.js';
