export {bindings, type Binding, type Command, type Hint, type HintView, type KeySpec, type Mode, type NamedKey} from './bindings.js';
export {hintsFor, type KeyHint} from './hints.js';
export {commandOf, helpEntries, keyLabel, means, pressesOf, type HelpEntry, type Press} from './match.js';
