#!/usr/bin/env node
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.length > 3 && this._name.slice(-3) === "...") {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _concatValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        return previous.concat(value);
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._concatValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          return `${option.description} (${extraInfo.join(", ")})`;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        if (argumentList.length > 0) {
          output = output.concat([
            helper.styleTitle("Arguments:"),
            ...argumentList,
            ""
          ]);
        }
        const optionList = helper.visibleOptions(cmd).map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          );
        });
        if (optionList.length > 0) {
          output = output.concat([
            helper.styleTitle("Options:"),
            ...optionList,
            ""
          ]);
        }
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          if (globalOptionList.length > 0) {
            output = output.concat([
              helper.styleTitle("Global Options:"),
              ...globalOptionList,
              ""
            ]);
          }
        }
        const commandList = helper.visibleCommands(cmd).map((cmd2) => {
          return callFormatItem(
            helper.styleSubcommandTerm(helper.subcommandTerm(cmd2)),
            helper.styleSubcommandDescription(helper.subcommandDescription(cmd2))
          );
        });
        if (commandList.length > 0) {
          output = output.concat([
            helper.styleTitle("Commands:"),
            ...commandList,
            ""
          ]);
        }
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _concatValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        return previous.concat(value);
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._concatValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path2 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command4 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        Object.assign(this._outputConfiguration, configuration);
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [fn] - custom argument processing function
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, fn, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof fn === "function") {
          argument.default(defaultValue).argParser(fn);
        } else {
          argument.default(fn);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument && previousArgument.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          return this;
        }
        enableOrNameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = enableOrNameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._concatValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path2.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path2.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path2.resolve(
            path2.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path2.basename(
              this._scriptPath,
              path2.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path2.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise && promise.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent && this.parent.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} argv
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(argv) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        const args = argv.slice();
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        let activeVariadicOption = null;
        while (args.length) {
          const arg = args.shift();
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args);
            break;
          }
          if (activeVariadicOption && !maybeOption(arg)) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args.shift();
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (args.length > 0 && !maybeOption(args[0])) {
                  value = args.shift();
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                args.unshift(`-${arg.slice(2)}`);
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (maybeOption(arg)) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              if (args.length > 0) unknown.push(...args);
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg);
              if (args.length > 0) operands.push(...args);
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg);
              if (args.length > 0) unknown.push(...args);
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg);
            if (args.length > 0) dest.push(...args);
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len2 = this.options.length;
          for (let i = 0; i < len2; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path2.basename(filename, path2.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path3) {
        if (path3 === void 0) return this._executableDir;
        this._executableDir = path3;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            this._helpOption = this._helpOption ?? void 0;
          } else {
            this._helpOption = null;
          }
          return this;
        }
        flags = flags ?? "-h, --help";
        description = description ?? "display help for command";
        this._helpOption = this.createOption(flags, description);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command4;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command4 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command4();
    exports.createCommand = (name) => new Command4(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command4;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/errors.ts
function formatError(err) {
  if (err instanceof WwError) return `error[${err.code}]: ${err.message}`;
  if (err instanceof Error) return `error: ${err.message}`;
  return `error: ${String(err)}`;
}
var WwError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    WwError = class _WwError extends Error {
      code;
      /** Extra structured facts (file, tensor, key, expected, received) for the JSON report. */
      details;
      constructor(code, message, details = {}, options) {
        super(message, options);
        this.name = "WwError";
        this.code = code;
        this.details = details;
      }
      static is(err, code) {
        return err instanceof _WwError && (code === void 0 || err.code === code);
      }
    };
  }
});

// src/runtime/ort-pin.json
var ort_pin_default;
var init_ort_pin = __esm({
  "src/runtime/ort-pin.json"() {
    ort_pin_default = {
      version: "1.30.0",
      packages: {
        "onnxruntime-node": {
          version: "1.30.0",
          tarball: "https://registry.npmjs.org/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz",
          integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw=="
        },
        "onnxruntime-common": {
          version: "1.30.0",
          tarball: "https://registry.npmjs.org/onnxruntime-common/-/onnxruntime-common-1.30.0.tgz",
          integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA=="
        }
      }
    };
  }
});

// src/runtime/layout.ts
function binaryDir(platform = process.platform, arch = process.arch) {
  return `bin/napi-v6/${platform}/${arch}`;
}
function bindingFile(platform = process.platform, arch = process.arch) {
  return `${binaryDir(platform, arch)}/onnxruntime_binding.node`;
}
var ORT_PIN;
var init_layout = __esm({
  "src/runtime/layout.ts"() {
    "use strict";
    init_ort_pin();
    ORT_PIN = ort_pin_default;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/main.ts
init_errors();

// src/cli/commands/eval.ts
import { resolve as resolve6 } from "node:path";

// src/engine/evaluate.ts
init_errors();
import { readFileSync as readFileSync4, existsSync as existsSync5 } from "node:fs";
import { dirname as dirname3, resolve as resolve4 } from "node:path";

// src/eval/perplexity.ts
init_errors();

// src/model/dtype.ts
var DTYPE_BYTES = { float32: 4, float16: 2, bfloat16: 2, float64: 8 };
var f64 = new Float64Array(1);
var f64Bits = new Uint32Array(f64.buffer);
var f32 = new Float32Array(1);
var f32Bits = new Uint32Array(f32.buffer);
function float16ToNumber(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exp = bits >> 10 & 31;
  const mant = bits & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}
var f16Table = null;
function float16Table() {
  if (f16Table === null) {
    f16Table = new Float64Array(65536);
    for (let i = 0; i < 65536; i++) f16Table[i] = float16ToNumber(i);
  }
  return f16Table;
}
function aligned(bytes, size, make) {
  if (bytes.byteOffset % size === 0) return make(bytes.buffer, bytes.byteOffset, bytes.byteLength / size);
  const copy = bytes.slice();
  return make(copy.buffer, 0, copy.byteLength / size);
}
function decodeToFloat64(bytes, dtype, out, outOffset = 0) {
  const size = DTYPE_BYTES[dtype];
  if (bytes.byteLength % size !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of ${dtype} elements`);
  const n = bytes.byteLength / size;
  const dst = out ?? new Float64Array(n);
  if (dst.length < outOffset + n) throw new RangeError(`output holds ${dst.length} elements, need ${outOffset + n}`);
  switch (dtype) {
    case "float64":
      dst.set(aligned(bytes, 8, (b, o, l) => new Float64Array(b, o, l)), outOffset);
      break;
    case "float32":
      dst.set(aligned(bytes, 4, (b, o, l) => new Float32Array(b, o, l)), outOffset);
      break;
    case "float16": {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const table = float16Table();
      for (let i = 0; i < n; i++) dst[outOffset + i] = table[src[i]];
      break;
    }
    case "bfloat16": {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const chunk = new Uint32Array(Math.min(n, 65536));
      const asF32 = new Float32Array(chunk.buffer);
      for (let start = 0; start < n; start += chunk.length) {
        const len2 = Math.min(chunk.length, n - start);
        for (let i = 0; i < len2; i++) chunk[i] = src[start + i] << 16;
        for (let i = 0; i < len2; i++) dst[outOffset + start + i] = asF32[i];
      }
      break;
    }
  }
  return dst;
}

// src/eval/windows.ts
init_errors();
function requireInteger(name, value, min2) {
  if (!Number.isInteger(value) || value < min2) {
    throw new WwError("INPUT_INVALID", `${name} must be an integer >= ${min2}, got ${value}`, { [name]: value });
  }
}
function planWindows(nTokens, context, stride, maxTokens = 0) {
  requireInteger("nTokens", nTokens, 0);
  requireInteger("context", context, 2);
  requireInteger("stride", stride, 1);
  requireInteger("maxTokens", maxTokens, 0);
  if (stride > context) {
    throw new WwError("INPUT_INVALID", `stride (${stride}) must not exceed context (${context})`, { stride, context });
  }
  const windows = [];
  let scored = 0;
  let prevEnd = 0;
  for (let start = 0; start < nTokens; start += stride) {
    let end = Math.min(start + context, nTokens);
    const scoreFrom = Math.max(prevEnd, start + 1);
    if (scoreFrom < end) {
      if (maxTokens > 0 && scored + (end - scoreFrom) >= maxTokens) {
        end = scoreFrom + (maxTokens - scored);
        windows.push({ start, end, scoreFrom });
        scored = maxTokens;
        break;
      }
      windows.push({ start, end, scoreFrom });
      scored += end - scoreFrom;
    }
    prevEnd = Math.max(prevEnd, end);
    if (end >= nTokens) break;
  }
  return { windows, tokensScored: scored };
}
function batchWindows(windows, batchSize) {
  requireInteger("batchSize", batchSize, 1);
  const batches = [];
  let current = [];
  for (const w of windows) {
    const first = current[0];
    if (first !== void 0 && (first.end - first.start !== w.end - w.start || current.length >= batchSize)) {
      batches.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// src/eval/perplexity.ts
function readRow(block, offset, vocab, out) {
  const data = block.data;
  if (block.type === "float16" && data instanceof Uint16Array) {
    for (let j = 0; j < vocab; j++) out[j] = float16ToNumber(data[offset + j]);
  } else {
    for (let j = 0; j < vocab; j++) out[j] = data[offset + j];
  }
}
function nllOfRow(row, target) {
  let max = -Infinity;
  for (let j = 0; j < row.length; j++) if (row[j] > max) max = row[j];
  if (max === Infinity) return NaN;
  let sum = 0;
  for (let j = 0; j < row.length; j++) sum += Math.exp(row[j] - max);
  return max + Math.log(sum) - row[target];
}
async function scoreTokens(tokens, runner, options, onProgress) {
  const plan = planWindows(tokens.length, options.context, options.stride, options.maxTokens);
  if (plan.tokensScored === 0) {
    throw new WwError("EVAL_TEXT_EMPTY", `the evaluation text has ${tokens.length} token(s); at least 2 are needed to score one`, {
      tokens: tokens.length
    });
  }
  const batches = batchWindows(plan.windows, options.batchSize);
  const vocab = runner.vocabSize;
  const row = new Float64Array(vocab);
  const started = performance.now();
  let nllSum = 0;
  let scored = 0;
  let windowsDone = 0;
  for (const batch of batches) {
    const length = batch[0].end - batch[0].start;
    const rows = batch.map((w) => Int32Array.from({ length }, (_, i) => tokens[w.start + i]));
    const block = await runner.run(rows, length);
    checkBlock(block, batch.length, length, vocab);
    const seq = block.dims[1];
    batch.forEach((w, b) => {
      for (let p = w.scoreFrom; p < w.end; p++) {
        const at = p - 1 - w.start;
        readRow(block, (b * seq + at) * vocab, vocab, row);
        const nll = nllOfRow(row, tokens[p]);
        if (Number.isNaN(nll)) {
          throw new WwError("NON_FINITE", `the model's logits at text position ${p - 1} are NaN or +Infinity`, { position: p - 1 });
        }
        nllSum += nll;
      }
      scored += w.end - w.scoreFrom;
    });
    windowsDone += batch.length;
    onProgress?.({ windowsDone, windowsTotal: plan.windows.length, tokensScored: scored, tokensTotal: plan.tokensScored });
  }
  return { nllSum, tokensScored: scored, windows: plan.windows.length, seconds: (performance.now() - started) / 1e3 };
}
function checkBlock(block, batch, length, vocab) {
  const [b, s, v] = block.dims;
  if (block.dims.length !== 3 || b === void 0 || b < batch || s === void 0 || s < length || v !== vocab) {
    throw new WwError(
      "EVAL_INPUT_UNSUPPORTED",
      `logits came back with shape ${JSON.stringify(block.dims)}; expected [${batch}, ${length}, ${vocab}] (one row per input position)`,
      { dims: block.dims }
    );
  }
}

// src/eval/runner.ts
init_errors();

// src/eval/signature.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join as join2 } from "node:path";

// src/runtime/ort.ts
init_errors();
init_layout();
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";
var loaded;
var configured = {};
function toolCacheRoot(options = {}) {
  return resolve(options.toolCacheRoot ?? process.env["RUNNER_TOOL_CACHE"] ?? join(homedir(), ".cache", "ww-smooth", "tool-cache"));
}
function toolCacheDir(options = {}) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  return join(toolCacheRoot(options), "ww-smooth-onnxruntime-node", pin.version, `${platform}-${arch}`);
}
function packageVersion(dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return pkg.name === "onnxruntime-node" && typeof pkg.version === "string" ? pkg.version : null;
  } catch {
    return null;
  }
}
function listCandidates(options = {}) {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const notes = [];
  const usable = [];
  const consider = (dir, source, label) => {
    const version = packageVersion(dir);
    if (version === null) {
      notes.push(`${label}: no onnxruntime-node package.json in ${dir}`);
      return;
    }
    if (!existsSync(join(dir, bindingFile(platform, arch)))) {
      notes.push(`${label}: ${dir} (onnxruntime-node ${version}) has no ${bindingFile(platform, arch)}`);
      return;
    }
    usable.push({ dir, source });
  };
  const explicit = options.explicitPath ?? process.env["WW_ONNXRUNTIME_PATH"];
  if (explicit !== void 0 && explicit !== "") {
    const dir = resolve(explicit);
    const pkgDir = packageVersion(dir) !== null ? dir : join(dir, "node_modules", "onnxruntime-node");
    consider(pkgDir, "explicit", "onnxruntime-path");
    if (usable.length === 0) {
      throw new WwError("RUNTIME_MISSING", `onnxruntime-path ${JSON.stringify(explicit)} is not usable: ${notes.join("; ")}`, { path: explicit });
    }
    return { usable, notes };
  }
  try {
    const pkgJson = createRequire(import.meta.url).resolve("onnxruntime-node/package.json");
    consider(resolve(pkgJson, ".."), "resolved", "node resolution");
  } catch {
    notes.push(`node resolution: onnxruntime-node not found from ${new URL(".", import.meta.url).pathname}`);
  }
  for (const entry of (process.env["NODE_PATH"] ?? "").split(delimiter).filter((p) => p !== "")) {
    consider(join(resolve(entry), "onnxruntime-node"), "node-path", "NODE_PATH");
  }
  consider(join(toolCacheDir(options), "node_modules", "onnxruntime-node"), "tool-cache", "tool cache");
  return { usable, notes };
}
function requireFrom(candidate) {
  const version = packageVersion(candidate.dir) ?? "unknown";
  try {
    const ort = createRequire(join(candidate.dir, "package.json"))(candidate.dir);
    return { ort, dir: candidate.dir, version, source: candidate.source };
  } catch (err) {
    throw new WwError(
      "RUNTIME_MISSING",
      `onnxruntime-node ${version} in ${candidate.dir} failed to load on ${process.platform}/${process.arch}: ${err.message}`,
      { dir: candidate.dir },
      { cause: err }
    );
  }
}
function missingMessage(notes, options) {
  const pin = options.pin ?? ORT_PIN;
  return `onnxruntime-node ${pin.version} is not available for ${options.platform ?? process.platform}/${options.arch ?? process.arch}. Looked at: ` + notes.join("; ") + `. Fix: restore the files under dist/node_modules/onnxruntime-node (a checkout of the action's tag has them), install it (npm install onnxruntime-node@${pin.version}) and pass its folder as onnxruntime-path, or let the action download it (needs network access to the npm registry).`;
}
function requireOnnxRuntime(options = configured) {
  if (loaded) return loaded;
  const { usable, notes } = listCandidates(options);
  const first = usable[0];
  if (!first) throw new WwError("RUNTIME_MISSING", missingMessage(notes, options), { looked: notes });
  loaded = requireFrom(first);
  return loaded;
}

// src/runtime/ortModule.ts
function real() {
  return requireOnnxRuntime().ort;
}
function lazyFunction(key) {
  const target = function() {
  };
  const load = () => real()[key];
  return new Proxy(target, {
    get(_t, prop) {
      const fn = load();
      const value = Reflect.get(fn, prop, fn);
      return typeof value === "function" && prop !== "prototype" ? value.bind(fn) : value;
    },
    has: (_t, prop) => Reflect.has(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(load()),
    apply: (_t, thisArg, args) => Reflect.apply(load(), thisArg, args),
    construct: (_t, args) => Reflect.construct(load(), args)
  });
}
function lazyObject(key) {
  const load = () => real()[key];
  return new Proxy({}, {
    get: (_t, prop) => Reflect.get(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    has: (_t, prop) => Reflect.has(load(), prop),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, prop) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), prop);
      return d === void 0 ? void 0 : { ...d, configurable: true };
    }
  });
}
var InferenceSession = lazyFunction("InferenceSession");
var Tensor = lazyFunction("Tensor");
var env = lazyObject("env");
var listSupportedBackends = lazyFunction("listSupportedBackends");
var registerBackend = lazyFunction("registerBackend");
var TRACE = lazyFunction("TRACE");
var TRACE_FUNC_BEGIN = lazyFunction("TRACE_FUNC_BEGIN");
var TRACE_FUNC_END = lazyFunction("TRACE_FUNC_END");
var TRACE_EVENT_BEGIN = lazyFunction("TRACE_EVENT_BEGIN");
var TRACE_EVENT_END = lazyFunction("TRACE_EVENT_END");

// src/eval/signature.ts
init_errors();
function readJsonIfPresent(path2) {
  if (!existsSync2(path2)) return null;
  try {
    const parsed = JSON.parse(readFileSync2(path2, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
function positiveInt(obj, key) {
  const v = obj?.[key];
  return typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null;
}
function sub(obj, key) {
  const v = obj?.[key];
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
function readModelConfigHints(modelPath) {
  const dir = dirname(modelPath);
  const config = readJsonIfPresent(join2(dir, "config.json"));
  const genai = sub(readJsonIfPresent(join2(dir, "genai_config.json")), "model");
  const genaiDecoder = sub(genai, "decoder");
  const heads = positiveInt(config, "num_attention_heads") ?? positiveInt(config, "n_head");
  const numKvHeads = positiveInt(config, "num_key_value_heads") ?? heads ?? positiveInt(genaiDecoder, "num_key_value_heads");
  const hidden = positiveInt(config, "hidden_size") ?? positiveInt(config, "n_embd");
  const headDim = positiveInt(config, "head_dim") ?? (hidden !== null && heads !== null && hidden % heads === 0 ? hidden / heads : null) ?? positiveInt(genaiDecoder, "head_size");
  let maxPositions = null;
  for (const key of ["max_position_embeddings", "n_positions", "n_ctx", "max_seq_len", "seq_length"]) {
    const v = positiveInt(config, key);
    if (v !== null) {
      maxPositions = { tokens: v, source: `config.json ${key}` };
      break;
    }
  }
  if (maxPositions === null) {
    const v = positiveInt(genai, "context_length");
    if (v !== null) maxPositions = { tokens: v, source: "genai_config.json model.context_length" };
  }
  if (maxPositions === null) {
    const v = positiveInt(readJsonIfPresent(join2(dir, "tokenizer_config.json")), "model_max_length");
    if (v !== null && v < 1e9) maxPositions = { tokens: v, source: "tokenizer_config.json model_max_length" };
  }
  return { numKvHeads, headDim, maxPositions };
}
function unsupported(info, why) {
  return new WwError(
    "EVAL_INPUT_UNSUPPORTED",
    `model input '${info.name}' (${info.type ?? "non-tensor"} ${JSON.stringify(info.shape ?? [])}) cannot be synthesised for perplexity: ${why}`,
    { input: info.name, type: info.type, shape: info.shape }
  );
}
function idType(info) {
  if (info.type === "int64" || info.type === "int32") return info.type;
  throw unsupported(info, "expected int64 or int32");
}
var PAST_KV = /^past_key_values[._]/;
var LEGACY_PAST = /^past[._]?\d+$/;
function pastDims(info, hints) {
  const shape = info.shape ?? [];
  const offset = shape.length === 5 ? 1 : shape.length === 4 ? 0 : -1;
  if (offset < 0) throw unsupported(info, `past-KV input of rank ${shape.length}; expected 4 ([batch, heads, past, head_dim]) or 5 ([2, batch, heads, past, head_dim])`);
  const dims = [];
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    const rel = i - offset;
    if (rel === 0) dims.push("batch");
    else if (rel === 2) {
      if (typeof d === "number") throw unsupported(info, `its past-length dim is fixed at ${d}; only a symbolic past length can be fed empty`);
      dims.push("past");
    } else if (typeof d === "number") dims.push(d);
    else if (rel === -1) dims.push(2);
    else {
      const fromConfig = rel === 1 ? hints.numKvHeads : hints.headDim;
      if (fromConfig === null) {
        throw unsupported(info, `dim ${i} ('${d}', ${rel === 1 ? "KV heads" : "head size"}) is symbolic and no config.json beside the model gives it`);
      }
      dims.push(fromConfig);
    }
  }
  return dims;
}
function planInput(info, hints) {
  const { name } = info;
  if (!info.isTensor) throw unsupported(info, "not a tensor");
  const rank = info.shape?.length ?? 0;
  if (name === "input_ids") return { name, role: "input_ids", type: idType(info) };
  if (name === "attention_mask" || name === "token_type_ids") {
    if (rank !== 2) throw unsupported(info, `expected rank 2 [batch, sequence], got rank ${rank}`);
    if (info.type !== "int64" && info.type !== "int32" && info.type !== "float32") throw unsupported(info, "expected int64, int32 or float32");
    return { name, role: name, type: info.type };
  }
  if (name === "position_ids") {
    if (rank !== 1 && rank !== 2) throw unsupported(info, `expected rank 1 or 2, got rank ${rank}`);
    return { name, role: "position_ids", type: idType(info), rank };
  }
  if (name === "cache_position") return { name, role: "cache_position", type: idType(info) };
  if (name === "use_cache_branch") {
    if (info.type !== "bool") throw unsupported(info, "expected bool");
    return { name, role: "use_cache_branch", dims: (info.shape ?? [1]).map((d) => typeof d === "number" ? d : 1) };
  }
  if (PAST_KV.test(name) || LEGACY_PAST.test(name)) {
    if (info.type !== "float32" && info.type !== "float16") throw unsupported(info, "past-KV element type must be float32 or float16");
    return { name, role: "past", type: info.type, dims: pastDims(info, hints) };
  }
  throw unsupported(info, "not an input a decoder perplexity run knows how to fill");
}
function findLogits(outputs) {
  const byName = outputs.find((o) => o.name === "logits");
  if (byName) return byName;
  const candidates = outputs.filter((o) => o.isTensor && (o.shape?.length ?? 0) === 3 && !/^(present|past)/.test(o.name));
  const withVocab = candidates.filter((o) => typeof o.shape?.[2] === "number");
  const pick = withVocab.length > 0 ? withVocab.reduce((a, b) => b.shape[2] > a.shape[2] ? b : a) : candidates.length === 1 ? candidates[0] : void 0;
  if (!pick) {
    throw new WwError(
      "EVAL_INPUT_UNSUPPORTED",
      `no logits output found: expected an output named 'logits' or one of rank 3 [batch, sequence, vocab]; outputs: ${outputs.map((o) => `${o.name} ${JSON.stringify(o.shape ?? [])}`).join(", ")}`,
      { outputs: outputs.map((o) => o.name) }
    );
  }
  return pick;
}
function readSignature(inputs, outputs, hints) {
  const planned = inputs.map((info) => planInput(info, hints));
  const idsInfo = inputs.find((i) => i.name === "input_ids");
  if (!idsInfo) {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `model has no 'input_ids' input; inputs: ${inputs.map((i) => i.name).join(", ")}`, {
      inputs: inputs.map((i) => i.name)
    });
  }
  const idsShape = idsInfo.shape ?? [];
  if (idsShape.length !== 2) throw unsupported(idsInfo, `expected rank 2 [batch, sequence], got rank ${idsShape.length}`);
  const fixedBatch = typeof idsShape[0] === "number" ? idsShape[0] : null;
  const fixedSeqLen = typeof idsShape[1] === "number" ? idsShape[1] : null;
  const logits = findLogits(outputs);
  if (logits.type !== "float32" && logits.type !== "float16" && logits.type !== "float64") {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${logits.name}' is ${logits.type}; expected float32, float16 or float64`, { output: logits.name });
  }
  const last = logits.shape?.[(logits.shape?.length ?? 0) - 1];
  const vocabSize = typeof last === "number" ? last : null;
  const maxContext = fixedSeqLen !== null ? { tokens: fixedSeqLen, source: `input_ids shape ${JSON.stringify(idsShape)}` } : hints.maxPositions;
  return {
    inputs: planned,
    idsType: idType(idsInfo),
    logitsName: logits.name,
    logitsType: logits.type,
    vocabSize,
    fixedSeqLen,
    fixedBatch,
    maxContext
  };
}
function sessionSignature(session, modelPath) {
  return readSignature(session.inputMetadata, session.outputMetadata, readModelConfigHints(modelPath));
}
function checkContext(signature, context, modelPath) {
  const limit = signature.maxContext;
  if (limit !== null && context > limit.tokens) {
    throw new WwError(
      "CONTEXT_TOO_LONG",
      `context ${context} exceeds what ${modelPath} allows: ${limit.tokens} tokens (${limit.source})`,
      { context, limit: limit.tokens, source: limit.source, file: modelPath }
    );
  }
}
function intTensor(type, values, dims) {
  if (type === "int64") return new Tensor("int64", BigInt64Array.from(Array.from(values, (v) => BigInt(v))), dims);
  if (type === "int32") return new Tensor("int32", Int32Array.from(values), dims);
  return new Tensor("float32", Float32Array.from(values), dims);
}
function buildFeeds(signature, rows, length) {
  const batch = rows.length;
  const seq = signature.fixedSeqLen ?? length;
  const ids = new Array(batch * seq).fill(0);
  const mask = new Array(batch * seq).fill(0);
  for (let b = 0; b < batch; b++) {
    const row = rows[b];
    for (let t = 0; t < length; t++) {
      ids[b * seq + t] = row[t];
      mask[b * seq + t] = 1;
    }
  }
  const positions = Array.from({ length: seq }, (_, t) => t);
  const feeds = {};
  for (const input of signature.inputs) {
    switch (input.role) {
      case "input_ids":
        feeds[input.name] = intTensor(input.type, ids, [batch, seq]);
        break;
      case "attention_mask":
        feeds[input.name] = intTensor(input.type, mask, [batch, seq]);
        break;
      case "token_type_ids":
        feeds[input.name] = intTensor(input.type, new Array(batch * seq).fill(0), [batch, seq]);
        break;
      case "position_ids":
        feeds[input.name] = input.rank === 1 ? intTensor(input.type, positions, [seq]) : intTensor(input.type, Array.from({ length: batch }, () => positions).flat(), [batch, seq]);
        break;
      case "cache_position":
        feeds[input.name] = intTensor(input.type, positions, [seq]);
        break;
      case "use_cache_branch": {
        const count = input.dims.reduce((a, b) => a * b, 1);
        feeds[input.name] = new Tensor("bool", new Uint8Array(count), [...input.dims]);
        break;
      }
      case "past": {
        const dims = input.dims.map((d) => d === "batch" ? batch : d === "past" ? 0 : d);
        feeds[input.name] = input.type === "float16" ? new Tensor("float16", new Uint16Array(0), dims) : new Tensor("float32", new Float32Array(0), dims);
        break;
      }
    }
  }
  return feeds;
}

// src/eval/runner.ts
async function runLogits(evalSession, signature, rows, length) {
  const padded = signature.fixedBatch !== null && rows.length < signature.fixedBatch ? [...rows, ...Array.from({ length: signature.fixedBatch - rows.length }, () => rows[0])] : rows;
  const feeds = buildFeeds(signature, padded, length);
  let results;
  try {
    results = await evalSession.session.run(feeds, [signature.logitsName]);
  } catch (err) {
    throw new WwError(
      "SESSION",
      `onnxruntime failed running ${evalSession.modelPath} on a batch of ${rows.length} window(s) of ${length} tokens: ${err instanceof Error ? err.message : String(err)}`,
      { file: evalSession.modelPath, batch: rows.length, length },
      { cause: err }
    );
  }
  const logits = results[signature.logitsName];
  if (logits === void 0) throw new WwError("SESSION", `onnxruntime returned no '${signature.logitsName}' output`, { output: signature.logitsName });
  const type = logits.type;
  if (type !== "float32" && type !== "float16" && type !== "float64") {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${signature.logitsName}' came back as ${type}`, { output: signature.logitsName });
  }
  return { data: logits.data, type, dims: logits.dims };
}
async function resolveVocabSize(evalSession, signature) {
  if (signature.vocabSize !== null) return signature.vocabSize;
  const probe = await runLogits(evalSession, signature, [Int32Array.from([0, 0])], 2);
  const vocab = probe.dims[probe.dims.length - 1];
  if (vocab === void 0 || vocab < 2) {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${signature.logitsName}' has shape ${JSON.stringify(probe.dims)}; expected [batch, sequence, vocab]`, {
      output: signature.logitsName
    });
  }
  return vocab;
}
function createRunner(evalSession, signature, vocabSize) {
  return {
    vocabSize,
    run: (rows, length) => runLogits(evalSession, signature, rows, length)
  };
}

// src/eval/session.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname2, join as join3, resolve as resolve2 } from "node:path";
init_errors();
function cudaProviderLibraryPath() {
  try {
    const require2 = createRequire2(import.meta.url);
    const pkg = require2.resolve("onnxruntime-node/package.json");
    const file = process.platform === "win32" ? "onnxruntime_providers_cuda.dll" : "libonnxruntime_providers_cuda.so";
    return join3(dirname2(pkg), "bin", "napi-v6", process.platform, process.arch, file);
  } catch {
    return null;
  }
}
function baseOptions(req) {
  const options = {
    graphOptimizationLevel: req.graphOptimizationLevel,
    logSeverityLevel: req.logSeverityLevel ?? 4
  };
  if (req.threads > 0) options.intraOpNumThreads = req.threads;
  return options;
}
async function create(modelPath, options) {
  return InferenceSession.create(modelPath, options);
}
function sessionError(modelPath, device, err) {
  const reason = err instanceof Error ? err.message : String(err);
  return new WwError("SESSION", `onnxruntime could not load ${modelPath} on ${device}: ${reason}`, { file: modelPath, device }, { cause: err });
}
async function openSession(modelPath, req) {
  const path2 = resolve2(modelPath);
  if (!existsSync3(path2) || !statSync(path2).isFile()) {
    throw new WwError("MODEL_NOT_FOUND", `model ${path2} not found`, { file: path2 });
  }
  if (!Number.isInteger(req.threads) || req.threads < 0) {
    throw new WwError("INPUT_INVALID", `threads must be a non-negative integer, got ${req.threads}`, { threads: req.threads });
  }
  const cpuOptions = { ...baseOptions(req), executionProviders: ["cpu"] };
  if (req.device === "cpu") {
    try {
      return { session: await create(path2, cpuOptions), device: "cpu", deviceNote: "cpu requested", modelPath: path2 };
    } catch (err) {
      throw sessionError(path2, "cpu", err);
    }
  }
  const cudaOptions = { ...baseOptions(req), executionProviders: ["cuda", "cpu"] };
  if (req.device === "cuda") {
    try {
      return { session: await create(path2, cudaOptions), device: "cuda", deviceNote: "cuda requested", modelPath: path2 };
    } catch (err) {
      throw sessionError(path2, "cuda (requested with --device cuda; use auto to fall back to cpu)", err);
    }
  }
  let why;
  const lib = cudaProviderLibraryPath();
  if ((req.probeCudaLibrary ?? true) && lib !== null && !existsSync3(lib)) {
    why = `onnxruntime-node has no CUDA execution provider installed (${lib} absent; reinstall with ONNXRUNTIME_NODE_INSTALL=cuda12 on a CUDA machine)`;
  } else {
    try {
      return { session: await create(path2, cudaOptions), device: "cuda", deviceNote: "auto: cuda execution provider loaded", modelPath: path2 };
    } catch (err) {
      why = `the CUDA execution provider failed to load: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  try {
    const session = await create(path2, cpuOptions);
    return { session, device: "cpu", deviceNote: `auto: cuda unavailable, fell back to cpu (${why})`, modelPath: path2 };
  } catch (err) {
    throw sessionError(path2, "cpu", err);
  }
}

// src/eval/tokenizer.ts
import { existsSync as existsSync4, readFileSync as readFileSync3 } from "node:fs";
import { extname, join as join4, resolve as resolve3 } from "node:path";

// node_modules/@huggingface/tokenizers/dist/tokenizers.mjs
var DictionarySplitter = class {
  /**
   * @param dictionary The dictionary of words to use for splitting.
   */
  constructor(dictionary) {
    this.trie = this._build_trie(dictionary);
  }
  /**
   * Builds a trie from the given dictionary.
   * @param dictionary The dictionary of words to build the trie from.
   * @returns The root node of the trie.
   * @private
   */
  _build_trie(dictionary) {
    const trie = /* @__PURE__ */ Object.create(null);
    for (const word of dictionary) {
      let node = trie;
      for (let i = 0; i < word.length; ++i) {
        const char = word[i];
        node = node[char] ??= /* @__PURE__ */ Object.create(null);
      }
      node.end = word;
    }
    return trie;
  }
  /**
   * Splits the input text into tokens based on the dictionary.
   * @param text The input text to split.
   * @returns An array of tokens.
   */
  split(text) {
    const result = [];
    const n = text.length;
    let start = 0;
    let i = 0;
    while (i < n) {
      let node = this.trie;
      let match = null;
      let j = i;
      while (j < n && (node = node[text[j]])) {
        if (node.end) {
          match = node.end;
        }
        ++j;
      }
      if (match) {
        if (i > start) {
          result.push(text.slice(start, i));
        }
        result.push(match);
        i += match.length;
        start = i;
      } else {
        ++i;
      }
    }
    if (start < n) {
      result.push(text.slice(start));
    }
    return result;
  }
};
var DictionarySplitter_default = DictionarySplitter;
var AddedToken = class {
  /**
   * Creates a new instance of AddedToken.
   * @param config Added token configuration object.
   */
  constructor(config) {
    this.content = config.content;
    this.id = config.id;
    this.single_word = config.single_word ?? false;
    this.lstrip = config.lstrip ?? false;
    this.rstrip = config.rstrip ?? false;
    this.special = config.special ?? false;
    this.normalized = config.normalized ?? !this.special;
  }
};
var AddedToken_default = AddedToken;
var compile_unicode_regexp = (source, flags) => {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const property_names = /* @__PURE__ */ new Map();
    const rewritten = source.replace(
      /(\\[pP])\{([^}=]+)\}/g,
      (text, p, n, offset) => {
        let preceding_backslashes = 0;
        for (let i = offset - 1; i >= 0 && source[i] === "\\"; --i) {
          ++preceding_backslashes;
        }
        if (preceding_backslashes % 2 === 1) return text;
        let property_name = property_names.get(n);
        if (property_name === void 0) {
          try {
            new RegExp(`\\p{${n}}`, "u");
            property_name = n;
          } catch {
            property_name = `Script=${n}`;
          }
          property_names.set(n, property_name);
        }
        return `${p}{${property_name}}`;
      }
    );
    if (rewritten === source) throw error;
    try {
      return new RegExp(rewritten, flags);
    } catch {
      throw error;
    }
  }
};
var clean_up_tokenization = (text) => text.replace(/ \./g, ".").replace(/ \?/g, "?").replace(/ \!/g, "!").replace(/ ,/g, ",").replace(/ \' /g, "'").replace(/ n't/g, "n't").replace(/ 'm/g, "'m").replace(/ 's/g, "'s").replace(/ 've/g, "'ve").replace(/ 're/g, "'re");
var create_pattern = (pattern, invert = true) => {
  if (pattern.Regex !== void 0) {
    const regex = rewrite_oniguruma_to_js(
      normalize_bloom_split_char_class(pattern.Regex)
    );
    return compile_unicode_regexp(regex, "gu");
  } else if (pattern.String !== void 0) {
    const escaped = escape_reg_exp(pattern.String);
    return new RegExp(invert ? escaped : `(${escaped})`, "gu");
  } else {
    console.warn("Unknown pattern type:", pattern);
    return null;
  }
};
var UNICODE_WORD_CHARS_IN_CLASS = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}";
var UNICODE_WORD_CHARS = `${UNICODE_WORD_CHARS_IN_CLASS}\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE`;
var UNICODE_WORD_CLASS = `[${UNICODE_WORD_CHARS}]`;
var UNICODE_NON_WORD_CLASS = `[^${UNICODE_WORD_CHARS}]`;
var UNICODE_WORD_BOUNDARY = `(?:(?<!${UNICODE_WORD_CLASS})(?=${UNICODE_WORD_CLASS})|(?<=${UNICODE_WORD_CLASS})(?!${UNICODE_WORD_CLASS}))`;
var UNICODE_NON_WORD_BOUNDARY = `(?:(?<!${UNICODE_WORD_CLASS})(?!${UNICODE_WORD_CLASS})|(?<=${UNICODE_WORD_CLASS})(?=${UNICODE_WORD_CLASS}))`;
var LINE_START_ANCHOR = "(?:(?<![\\s\\S])|(?<=\\n))";
var LINE_END_ANCHOR = "(?:(?=\\n)|(?![\\s\\S]))";
var HEX_DIGIT_CHARS = "0-9A-Fa-f";
var ESCAPE_REWRITES = /* @__PURE__ */ new Map([
  ["A", "(?<![\\s\\S])"],
  ["z", "(?![\\s\\S])"],
  ["Z", "(?=\\n?(?![\\s\\S]))"],
  // \Z permits a single optional final \n (not \r\n)
  ["h", `[${HEX_DIGIT_CHARS}]`],
  ["H", `[^${HEX_DIGIT_CHARS}]`],
  ["w", UNICODE_WORD_CLASS],
  ["W", UNICODE_NON_WORD_CLASS],
  ["d", "\\p{Nd}"],
  ["D", "\\P{Nd}"],
  ["s", "\\p{White_Space}"],
  // JS \s wrongly adds U+FEFF and misses \x85
  ["S", "\\P{White_Space}"],
  ["b", UNICODE_WORD_BOUNDARY],
  ["B", UNICODE_NON_WORD_BOUNDARY],
  ["a", "\\x07"],
  ["e", "\\x1B"]
]);
var CLASS_ESCAPE_REWRITES = /* @__PURE__ */ new Map([
  ["h", HEX_DIGIT_CHARS],
  ["w", UNICODE_WORD_CHARS_IN_CLASS],
  ["d", "\\p{Nd}"],
  ["D", "\\P{Nd}"],
  ["s", "\\p{White_Space}"],
  ["S", "\\P{White_Space}"],
  ["a", "\\x07"],
  ["e", "\\x1B"]
]);
var CLASS_COMPLEMENT_ALTERNATIVES = /* @__PURE__ */ new Map([
  ["W", `[^${UNICODE_WORD_CHARS_IN_CLASS}]`],
  ["H", `[^${HEX_DIGIT_CHARS}]`]
]);
var RAW_WHITESPACE_ESCAPES = /* @__PURE__ */ new Map([
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["	", "\\t"],
  ["\f", "\\f"],
  ["\v", "\\v"]
]);
var POSIX_CLASS_FRAGMENTS = /* @__PURE__ */ new Map([
  ["alpha", "\\p{Alphabetic}"],
  ["alnum", "\\p{Alphabetic}\\p{Nd}"],
  ["digit", "\\p{Nd}"],
  ["lower", "\\p{Lowercase}"],
  ["upper", "\\p{Uppercase}"],
  ["space", "\\p{White_Space}"],
  ["blank", "\\t\\p{Zs}"],
  ["punct", "\\p{P}\\p{S}"],
  ["cntrl", "\\p{Cc}"],
  ["word", UNICODE_WORD_CHARS_IN_CLASS],
  ["xdigit", HEX_DIGIT_CHARS]
]);
var JS_SYNTAX_CHARS = "^$\\.*+?()[]{}|/";
var GROUP_PREFIX_RE = /^\(\?(?:<[=!]|<[A-Za-z_][A-Za-z0-9_]*>|[:=!>])/;
var BRACED_ESCAPE_RE = /^\\([pPxu])\{([^}]*)\}/;
var QUANTIFIER_BRACE_RE = /^\{(\d+(?:,\d*)?|,\d+)\}/;
var POSIX_BRACKET_RE = new RegExp("^\\[:(\\^?)(\\p{Alphabetic}+):\\]", "u");
var EMPTY_NEGATED_POSIX_BRACKET_RE = /^\[:\^:\]/;
var UNSUPPORTED_POSIX_BRACKET_RE = /^\[(?:\.[^\]]*\.\]|=[^\]]*=\])/;
var FIXED_WIDTH_ESCAPE_RE = /^(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\c[A-Za-z])/;
var is_ascii_letter = (char) => char >= "A" && char <= "Z" || char >= "a" && char <= "z";
var character_at = (text, index) => String.fromCodePoint(text.codePointAt(index));
var get_ascii_folded_hex_atom = (hex) => {
  if (!/^[0-9A-Fa-f]{1,8}$/.test(hex)) return null;
  const code_point = Number.parseInt(hex, 16);
  if (code_point > 127) return null;
  const letter = String.fromCharCode(code_point);
  return is_ascii_letter(letter) ? `[${letter.toLowerCase()}${letter.toUpperCase()}]` : null;
};
var normalize_bloom_split_char_class = (regex) => regex.replace(/\[\^\(\\s\|\[([^\]]+)\]\)\]/g, "[^()|\\s$1]");
var ANY_CODE_POINT = "[\\s\\S]";
var MAX_CHARACTER_CLASS_NESTING_DEPTH = 256;
var create_character_class_operand = () => ({
  fragment: "",
  alternatives: [],
  tail: null,
  contains_complex_set: false
});
var throw_character_class_range_error = (index) => {
  throw new SyntaxError(
    `Unsupported range with a set-valued character-class operand at index ${index}`
  );
};
var add_character_class_atom = (operand, atom, index, contains_complex_set = true) => {
  if (operand.tail === "range") throw_character_class_range_error(index);
  operand.alternatives.push(atom);
  operand.tail = "set";
  operand.contains_complex_set = operand.contains_complex_set || contains_complex_set;
};
var append_character_class_fragment = (operand, fragment, set_valued = false, index = -1) => {
  if (set_valued && operand.tail === "range") {
    throw_character_class_range_error(index);
  }
  if (operand.tail === "range") {
    operand.fragment += fragment;
    operand.tail = "complete_range";
    return;
  }
  operand.fragment += fragment;
  operand.tail = set_valued ? "set" : "scalar";
  operand.contains_complex_set = operand.contains_complex_set || set_valued;
};
var rewrite_character_class_escape = (regex, index, operand) => {
  const braced = BRACED_ESCAPE_RE.exec(regex.slice(index));
  if (braced) {
    const [text, kind, body] = braced;
    if (kind === "P" && body === "Word") {
      add_character_class_atom(
        operand,
        `[^${UNICODE_WORD_CHARS_IN_CLASS}]`,
        index
      );
    } else {
      const replacement2 = kind === "x" ? `\\u{${body}}` : kind === "p" && body === "Word" ? UNICODE_WORD_CHARS_IN_CLASS : text;
      append_character_class_fragment(
        operand,
        replacement2,
        kind === "p" || kind === "P",
        index
      );
    }
    return index + text.length;
  }
  const fixed_width = FIXED_WIDTH_ESCAPE_RE.exec(regex.slice(index));
  if (fixed_width) {
    append_character_class_fragment(operand, fixed_width[0]);
    return index + fixed_width[0].length;
  }
  if (index + 1 >= regex.length) {
    throw new SyntaxError(
      `Unterminated escape in character class at index ${index}`
    );
  }
  const next = character_at(regex, index + 1);
  const next_end = index + 1 + next.length;
  const raw_whitespace = RAW_WHITESPACE_ESCAPES.get(next);
  if (raw_whitespace !== void 0) {
    append_character_class_fragment(operand, raw_whitespace);
    return next_end;
  }
  const complement = CLASS_COMPLEMENT_ALTERNATIVES.get(next);
  if (complement !== void 0) {
    add_character_class_atom(operand, complement, index);
    return next_end;
  }
  const rewrite = CLASS_ESCAPE_REWRITES.get(next);
  let replacement;
  let set_valued = false;
  if (rewrite !== void 0) {
    replacement = rewrite;
    set_valued = next !== "a" && next !== "e";
  } else if (/[A-Za-z0-9]/.test(next)) {
    replacement = `\\${next}`;
  } else if (JS_SYNTAX_CHARS.includes(next) || next === "-") {
    replacement = `\\${next}`;
  } else {
    replacement = next;
  }
  append_character_class_fragment(operand, replacement, set_valued, index);
  return next_end;
};
var compile_character_set_union = (pieces) => {
  if (pieces.length === 1) return pieces[0];
  return `(?:(?=(?:${pieces.join("|")}))${ANY_CODE_POINT})`;
};
var compile_character_class_operand = (operand) => {
  const pieces = operand.fragment.length === 0 ? operand.alternatives : [`[${operand.fragment}]`, ...operand.alternatives];
  return compile_character_set_union(pieces);
};
var get_ascii_fold_additions = (positive_atom) => {
  const membership = compile_unicode_regexp(`^(?:${positive_atom})$`, "u");
  let additions = "";
  for (let offset = 0; offset < 26; ++offset) {
    const upper = String.fromCharCode(65 + offset);
    const lower = String.fromCharCode(97 + offset);
    const has_upper = membership.test(upper);
    const has_lower = membership.test(lower);
    if (has_upper !== has_lower) additions += has_upper ? lower : upper;
  }
  return additions;
};
var parse_character_class = (regex, start, ascii_fold, apply_ascii_fold = true, nesting_depth = 1) => {
  if (nesting_depth > MAX_CHARACTER_CLASS_NESTING_DEPTH) {
    throw new SyntaxError(
      `Maximum character-class nesting depth of ${MAX_CHARACTER_CLASS_NESTING_DEPTH} exceeded at index ${start}`
    );
  }
  let i = start + 1;
  const negated = regex[i] === "^";
  if (negated) ++i;
  const first_content_index = i;
  const operands = [create_character_class_operand()];
  let operand = operands[0];
  let contains_nested_negated_complex_set = false;
  while (i < regex.length) {
    const char = character_at(regex, i);
    if (char === "\\") {
      i = rewrite_character_class_escape(regex, i, operand);
      continue;
    }
    if (char === "]") {
      if (i === first_content_index) {
        append_character_class_fragment(operand, "\\]");
        ++i;
        continue;
      }
      if (operand.tail === null) {
        if (operands.length > 1) {
          throw new SyntaxError(
            `Malformed character-class intersection with an empty operand at index ${i}`
          );
        }
        throw new SyntaxError(`Empty character class at index ${start}`);
      }
      const contains_complex_set = operands.some(
        (candidate) => candidate.contains_complex_set
      );
      if (negated && operands.length > 1 && contains_nested_negated_complex_set) {
        throw new SyntaxError(
          `Unsupported outer-negated character-class intersection with a nested negated class containing a Unicode property, POSIX class, or shorthand at index ${start}`
        );
      }
      const first_atom = compile_character_class_operand(operands[0]);
      let positive_atom = first_atom;
      if (operands.length > 1) {
        let lookaheads = "";
        for (let j = 1; j < operands.length; ++j) {
          lookaheads += `(?=${compile_character_class_operand(operands[j])})`;
        }
        positive_atom = `(?:${lookaheads}${first_atom})`;
      }
      const is_direct_class = operands.length === 1 && operand.alternatives.length === 0;
      let direct_fragment = operand.fragment;
      if (ascii_fold && apply_ascii_fold) {
        const additions = get_ascii_fold_additions(positive_atom);
        if (additions.length > 0) {
          if (is_direct_class) {
            direct_fragment += additions;
            positive_atom = `[${direct_fragment}]`;
          } else {
            positive_atom = compile_character_set_union([
              positive_atom,
              `[${additions}]`
            ]);
          }
        }
      }
      const atom = negated ? is_direct_class ? `[^${direct_fragment}]` : `(?:(?!${positive_atom})${ANY_CODE_POINT})` : positive_atom;
      return {
        atom,
        end: i + 1,
        negated,
        contains_complex_set,
        contains_nested_negated_complex_set
      };
    }
    if (regex.startsWith("&&", i)) {
      if (operand.tail === null) {
        throw new SyntaxError(
          `Malformed character-class intersection with an empty operand at index ${i}`
        );
      }
      operand = create_character_class_operand();
      operands.push(operand);
      i += 2;
      continue;
    }
    if (char === "[") {
      const suffix = regex.slice(i);
      if (EMPTY_NEGATED_POSIX_BRACKET_RE.test(suffix)) {
        throw new SyntaxError(
          `Malformed empty negated POSIX character class at index ${i}`
        );
      }
      const posix = POSIX_BRACKET_RE.exec(suffix);
      if (posix) {
        const [, posix_negated, name] = posix;
        const fragment = POSIX_CLASS_FRAGMENTS.get(name);
        if (fragment === void 0) {
          throw new SyntaxError(
            `Unsupported POSIX character class "${name}" at index ${i}`
          );
        }
        if (ascii_fold && posix_negated && (name === "lower" || name === "upper")) {
          throw new SyntaxError(
            `Unsupported negated POSIX ${name} class inside an inline case-insensitive group`
          );
        }
        if (posix_negated) {
          add_character_class_atom(operand, `[^${fragment}]`, i);
        } else {
          append_character_class_fragment(operand, fragment, true, i);
        }
        i += posix[0].length;
        continue;
      }
      if (UNSUPPORTED_POSIX_BRACKET_RE.test(suffix)) {
        throw new SyntaxError(
          `Unsupported POSIX collating or equivalence bracket expression at index ${i}`
        );
      }
      const nested = parse_character_class(
        regex,
        i,
        ascii_fold,
        false,
        nesting_depth + 1
      );
      add_character_class_atom(
        operand,
        nested.atom,
        i,
        nested.contains_complex_set
      );
      contains_nested_negated_complex_set ||= nested.contains_nested_negated_complex_set || nested.negated && nested.contains_complex_set;
      i = nested.end;
      continue;
    }
    if (char === "-") {
      const is_terminal_literal = regex[i + 1] === "]" || regex.startsWith("&&", i + 1);
      if (operand.tail === "set" && !is_terminal_literal) {
        throw_character_class_range_error(i);
      }
      if (operand.tail === null || operand.tail === "range" || operand.tail === "complete_range" || is_terminal_literal) {
        append_character_class_fragment(operand, "\\-");
      } else {
        operand.fragment += "-";
        operand.tail = "range";
      }
      ++i;
      continue;
    }
    append_character_class_fragment(
      operand,
      char === "^" && operand.fragment.length === 0 ? "\\^" : char
    );
    i += char.length;
  }
  throw new SyntaxError(
    `${operands.length > 1 ? "Unterminated character-class intersection" : "Unterminated character class"} at index ${start}`
  );
};
var rewrite_oniguruma_to_js = (regex) => {
  let out = "";
  let atom_start = -1;
  let last_was_quantifier = false;
  let ascii_fold = false;
  const group_states = [];
  const emit_atom = (text) => {
    atom_start = out.length;
    out += text;
    last_was_quantifier = false;
  };
  for (let i = 0; i < regex.length; ) {
    const char = character_at(regex, i);
    if (char === "\\") {
      const braced = BRACED_ESCAPE_RE.exec(regex.slice(i));
      if (braced) {
        const [text, kind, body] = braced;
        let replacement2 = text;
        if (kind === "x") {
          const code_point_escape = `\\u{${body}}`;
          replacement2 = ascii_fold ? get_ascii_folded_hex_atom(body) ?? code_point_escape : code_point_escape;
        } else if (body === "Word") {
          replacement2 = kind === "p" ? UNICODE_WORD_CLASS : UNICODE_NON_WORD_CLASS;
        }
        emit_atom(replacement2);
        i += text.length;
        continue;
      }
      const fixed_width = FIXED_WIDTH_ESCAPE_RE.exec(regex.slice(i));
      if (fixed_width) {
        const text = fixed_width[0];
        const replacement2 = ascii_fold && text[1] !== "c" ? get_ascii_folded_hex_atom(text.slice(2)) ?? text : text;
        emit_atom(replacement2);
        i += text.length;
        continue;
      }
      if (i + 1 >= regex.length) {
        out += char;
        break;
      }
      const next = character_at(regex, i + 1);
      i += 1 + next.length;
      if (next === "G") {
        continue;
      }
      const raw_whitespace = RAW_WHITESPACE_ESCAPES.get(next);
      if (raw_whitespace !== void 0) {
        emit_atom(raw_whitespace);
        continue;
      }
      const rewrite = ESCAPE_REWRITES.get(next);
      let replacement;
      if (rewrite !== void 0) {
        replacement = rewrite;
      } else if (/[A-Za-z0-9]/.test(next)) {
        replacement = `\\${next}`;
      } else if (JS_SYNTAX_CHARS.includes(next)) {
        replacement = `\\${next}`;
      } else {
        replacement = next;
      }
      emit_atom(replacement);
      continue;
    }
    switch (char) {
      case "[": {
        const parsed = parse_character_class(regex, i, ascii_fold);
        emit_atom(parsed.atom);
        i = parsed.end;
        continue;
      }
      case "]":
        emit_atom("\\]");
        ++i;
        continue;
      case ".":
        emit_atom("[^\\n]");
        ++i;
        continue;
      case "^":
        emit_atom(LINE_START_ANCHOR);
        ++i;
        continue;
      case "$":
        emit_atom(LINE_END_ANCHOR);
        ++i;
        continue;
      case "(": {
        const inline_case_insensitive = regex.startsWith("(?i:", i);
        const source_prefix = inline_case_insensitive ? "(?i:" : GROUP_PREFIX_RE.exec(regex.slice(i))?.[0] ?? "(";
        const output_prefix = inline_case_insensitive ? "(?:" : source_prefix === "(?>" ? "(?:" : source_prefix;
        group_states.push([out.length, ascii_fold]);
        if (inline_case_insensitive) ascii_fold = true;
        out += output_prefix;
        last_was_quantifier = false;
        i += source_prefix.length;
        continue;
      }
      case ")":
        out += char;
        [atom_start, ascii_fold] = group_states.pop() ?? [-1, false];
        last_was_quantifier = false;
        ++i;
        continue;
      case "|":
        out += char;
        atom_start = -1;
        last_was_quantifier = false;
        ++i;
        continue;
      case "{": {
        const quant = QUANTIFIER_BRACE_RE.exec(regex.slice(i));
        if (!quant || atom_start < 0) {
          emit_atom("\\{");
          ++i;
          continue;
        }
        const body = quant[1].startsWith(",") ? `0${quant[1]}` : quant[1];
        i += quant[0].length;
        const following = regex[i];
        if (following === "+" || following === "*") {
          out = `${out.slice(0, atom_start)}(?:${out.slice(atom_start)}{${body}})${following}`;
          ++i;
        } else {
          out += `{${body}}`;
        }
        last_was_quantifier = true;
        continue;
      }
      case "}":
        emit_atom("\\}");
        ++i;
        continue;
      case "+":
        if (last_was_quantifier) {
          ++i;
          continue;
        }
        out += char;
        last_was_quantifier = true;
        ++i;
        continue;
      case "*":
      case "?":
        out += char;
        last_was_quantifier = true;
        ++i;
        continue;
      default:
        emit_atom(
          ascii_fold && is_ascii_letter(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char
        );
        i += char.length;
        continue;
    }
  }
  return out;
};
var escape_reg_exp = (string) => string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var fuse_unk = (arr, tokens_to_ids, unk_token_id) => {
  const fused = [];
  let i = 0;
  while (i < arr.length) {
    fused.push(arr[i]);
    const token_id = tokens_to_ids.get(arr[i]) ?? unk_token_id;
    if (token_id !== unk_token_id) {
      ++i;
      continue;
    }
    while (++i < arr.length && (tokens_to_ids.get(arr[i]) ?? unk_token_id) === unk_token_id) {
      if (tokens_to_ids.get(fused.at(-1)) !== unk_token_id) {
        fused[fused.length - 1] += arr[i];
      }
    }
  }
  return fused;
};
var is_chinese_char = (cp) => cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 131072 && cp <= 173791 || cp >= 173824 && cp <= 177983 || cp >= 177984 && cp <= 178207 || cp >= 178208 && cp <= 183983 || cp >= 63744 && cp <= 64255 || cp >= 194560 && cp <= 195103;
var is_integral_number = (x) => Number.isInteger(x) || typeof x === "bigint";
var len = (s) => {
  let length = 0;
  for (const c of s) ++length;
  return length;
};
var lowercase_and_remove_accents = (text) => remove_accents(text.toLowerCase());
var merge_arrays = (...arrs) => Array.prototype.concat.apply([], arrs);
var object_to_map = (obj) => new Map(Object.entries(obj));
var regex_split = (text, regex) => {
  const result = [];
  let prev = 0;
  for (const match of text.matchAll(regex)) {
    const full_match = match[0];
    if (prev < match.index) {
      result.push(text.slice(prev, match.index));
    }
    if (full_match.length > 0) {
      result.push(full_match);
    }
    prev = match.index + full_match.length;
  }
  if (prev < text.length) {
    result.push(text.slice(prev));
  }
  return result;
};
var remove_accents = (text) => text.replace(new RegExp("\\p{M}", "gu"), "");
var validate_object = (obj, name, required_keys = []) => {
  if (!obj || Array.isArray(obj) || typeof obj !== "object") {
    return `${name} must be a valid object`;
  }
  for (const key of required_keys) {
    if (!(key in obj)) {
      return `${name} must contain a "${key}" property`;
    }
  }
  return null;
};
var whitespace_split = (text) => text.match(/\S+/g) || [];
var Callable = class {
  /**
   * Creates a new instance of the Callable class.
   */
  constructor() {
    const closure = function(...args) {
      return closure._call(...args);
    };
    return Object.setPrototypeOf(closure, new.target.prototype);
  }
};
var Callable_default = Callable;
var Normalizer = class extends Callable_default {
  /**
   * @param config The configuration object for the normalizer.
   */
  constructor(config) {
    super();
    this.config = config;
  }
  /**
   * Alias for {@link Normalizer#normalize}.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  _call(text) {
    return this.normalize(text);
  }
};
var Normalizer_default = Normalizer;
var BertNormalizer = class extends Normalizer_default {
  /**
   * Adds whitespace around any CJK (Chinese, Japanese, or Korean) character in the input text.
   *
   * @param text The input text to tokenize.
   * @returns The tokenized text with whitespace added around CJK characters.
   */
  tokenize_chinese_chars(text) {
    const output = [];
    for (let i = 0; i < text.length; ++i) {
      const char = text[i];
      const cp = char.charCodeAt(0);
      if (is_chinese_char(cp)) {
        output.push(" ");
        output.push(char);
        output.push(" ");
      } else {
        output.push(char);
      }
    }
    return output.join("");
  }
  /**
   * Strips accents from the given text.
   * @param text The text to strip accents from.
   * @returns The text with accents removed.
   */
  strip_accents(text) {
    return text.normalize("NFD").replace(new RegExp("\\p{Mn}", "gu"), "");
  }
  /**
   * Checks whether `char` is a control character.
   * @param char The character to check.
   * @returns Whether `char` is a control character.
   */
  is_control(char) {
    switch (char) {
      case "	":
      case "\n":
      case "\r":
        return false;
      default:
        return new RegExp("^\\p{Cc}|\\p{Cf}|\\p{Co}|\\p{Cs}$", "u").test(char);
    }
  }
  /**
   * Performs invalid character removal and whitespace cleanup on text.
   * @param text The text to clean.
   * @returns The cleaned text.
   */
  clean_text(text) {
    const output = [];
    for (const char of text) {
      const cp = char.charCodeAt(0);
      if (cp === 0 || cp === 65533 || this.is_control(char)) {
        continue;
      }
      if (/^\s$/.test(char)) {
        output.push(" ");
      } else {
        output.push(char);
      }
    }
    return output.join("");
  }
  /**
   * Normalizes the given text based on the configuration.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    if (this.config.clean_text) {
      text = this.clean_text(text);
    }
    if (this.config.handle_chinese_chars) {
      text = this.tokenize_chinese_chars(text);
    }
    if (this.config.lowercase) {
      text = text.toLowerCase();
      if (this.config.strip_accents !== false) {
        text = this.strip_accents(text);
      }
    } else if (this.config.strip_accents) {
      text = this.strip_accents(text);
    }
    return text;
  }
};
var BertNormalizer_default = BertNormalizer;
var Precompiled = class extends Normalizer_default {
  /**
   * Create a new instance of Precompiled normalizer.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.charsmap = config.precompiled_charsmap ?? null;
  }
  /**
   * Normalizes the given text by applying the precompiled charsmap.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    text = text.replace(
      /[\u0001-\u0008\u000B\u000E-\u001F\u007F\u008F\u009F]/gm,
      ""
    );
    text = text.replace(
      /[\u0009\u000A\u000C\u000D\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2581\u3000\uFEFF\uFFFD]/gm,
      " "
    );
    if (text.includes("～")) {
      const parts = text.split("～");
      text = parts.map((part) => part.normalize("NFKC")).join("～");
    } else {
      text = text.normalize("NFKC");
    }
    return text;
  }
};
var Precompiled_default = Precompiled;
var Sequence = class extends Normalizer_default {
  /**
   * Create a new instance of NormalizerSequence.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.normalizers = (config.normalizers ?? []).map(
      (x) => create_normalizer_default(x)
    );
  }
  /**
   * Apply a sequence of Normalizers to the input text.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    return this.normalizers.reduce((t, normalizer) => {
      return normalizer ? normalizer.normalize(t) : t;
    }, text);
  }
};
var Sequence_default = Sequence;
var Replace = class extends Normalizer_default {
  /**
   * @param config The configuration object for the normalizer.
   */
  constructor(config) {
    super(config);
    this.pattern = create_pattern(this.config.pattern ?? {});
  }
  /**
   * Normalize the input text by replacing the pattern with the content.
   * @param text The input text to be normalized.
   * @returns The normalized text after replacing the pattern with the content.
   */
  normalize(text) {
    return this.pattern === null ? text : text.replaceAll(this.pattern, this.config.content ?? "");
  }
};
var Replace_default = Replace;
var UnicodeNormalizer = class extends Normalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFC";
  }
  /**
   * Normalize the input text by applying Unicode normalization.
   * @param text The input text to be normalized.
   * @returns The normalized text.
   */
  normalize(text) {
    text = text.normalize(this.form);
    return text;
  }
};
var UnicodeNormalizer_default = UnicodeNormalizer;
var NFC = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFC";
  }
};
var NFC_default = NFC;
var NFD = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFD";
  }
};
var NFD_default = NFD;
var NFKC = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFKC";
  }
};
var NFKC_default = NFKC;
var NFKD = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFKD";
  }
};
var NFKD_default = NFKD;
var Strip = class extends Normalizer_default {
  /**
   * Strip leading and/or trailing whitespace from the input text.
   * @param text The input text.
   * @returns The normalized text.
   */
  normalize(text) {
    if (this.config.strip_left && this.config.strip_right) {
      text = text.trim();
    } else {
      if (this.config.strip_left) {
        text = text.trimStart();
      }
      if (this.config.strip_right) {
        text = text.trimEnd();
      }
    }
    return text;
  }
};
var Strip_default = Strip;
var StripAccents = class extends Normalizer_default {
  /**
   * Remove all accents from the text.
   * @param text The input text.
   * @returns The normalized text without accents.
   */
  normalize(text) {
    return remove_accents(text);
  }
};
var StripAccents_default = StripAccents;
var Lowercase = class extends Normalizer_default {
  /**
   * Lowercases the input string.
   * @param {string} text The text to normalize.
   * @returns {string} The normalized text.
   */
  normalize(text) {
    return text.toLowerCase();
  }
};
var Lowercase_default = Lowercase;
var Prepend = class extends Normalizer_default {
  /**
   * Prepends the input string.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    text = this.config.prepend + text;
    return text;
  }
};
var Prepend_default = Prepend;
function create_normalizer(config) {
  if (config === null) return null;
  switch (config.type) {
    case "BertNormalizer":
      return new BertNormalizer_default(config);
    case "Precompiled":
      return new Precompiled_default(config);
    case "Sequence":
      return new Sequence_default(config);
    case "Replace":
      return new Replace_default(config);
    case "NFC":
      return new NFC_default(config);
    case "NFD":
      return new NFD_default(config);
    case "NFKC":
      return new NFKC_default(config);
    case "NFKD":
      return new NFKD_default(config);
    case "Strip":
      return new Strip_default(config);
    case "StripAccents":
      return new StripAccents_default(config);
    case "Lowercase":
      return new Lowercase_default(config);
    case "Prepend":
      return new Prepend_default(config);
    default:
      throw new Error(`Unknown Normalizer type: ${config.type}`);
  }
}
var create_normalizer_default = create_normalizer;
var PreTokenizer = class extends Callable_default {
  /**
   * Tokenizes the given text into pre-tokens.
   * @param text The text or array of texts to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of pre-tokens.
   */
  pre_tokenize(text, options) {
    return (Array.isArray(text) ? text.map((x) => this.pre_tokenize_text(x, options)) : this.pre_tokenize_text(text, options)).flat();
  }
  /**
   * Alias for {@link PreTokenizer#pre_tokenize}.
   * @param text The text or array of texts to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of pre-tokens.
   */
  _call(text, options) {
    return this.pre_tokenize(text, options);
  }
};
var PreTokenizer_default = PreTokenizer;
var BYTES_TO_UNICODE = (() => {
  const bs = [
    ...Array.from(
      { length: "~".charCodeAt(0) - "!".charCodeAt(0) + 1 },
      (_, i) => i + "!".charCodeAt(0)
    ),
    ...Array.from(
      { length: "¬".charCodeAt(0) - "¡".charCodeAt(0) + 1 },
      (_, i) => i + "¡".charCodeAt(0)
    ),
    ...Array.from(
      { length: "ÿ".charCodeAt(0) - "®".charCodeAt(0) + 1 },
      (_, i) => i + "®".charCodeAt(0)
    )
  ];
  const cs = bs.slice();
  let n = 0;
  for (let b = 0; b < 256; ++b) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n);
      n += 1;
    }
  }
  const ccs = cs.map((n2) => String.fromCharCode(n2));
  return Object.fromEntries(bs.map((b, i) => [b, ccs[i]]));
})();
var reverse_dictionary = (data) => Object.fromEntries(Object.entries(data).map(([key, value]) => [value, key]));
var UNICODE_TO_BYTES = reverse_dictionary(BYTES_TO_UNICODE);
var PUNCTUATION_REGEX = "\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E";
var ByteLevel = class extends PreTokenizer_default {
  /**
   * Creates a new instance of the `ByteLevelPreTokenizer` class.
   * @param config The configuration object.
   */
  constructor(config) {
    super();
    this.config = config;
    this.add_prefix_space = this.config.add_prefix_space ?? false;
    this.trim_offsets = this.config.trim_offsets ?? false;
    this.use_regex = this.config.use_regex ?? true;
    this.pattern = new RegExp("'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+", "gu");
    this.byte_encoder = BYTES_TO_UNICODE;
    this.text_encoder = new TextEncoder();
  }
  /**
   * Tokenizes a single piece of text using byte-level tokenization.
   * @param text The text to tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text, options) {
    if (this.add_prefix_space && !text.startsWith(" ")) {
      text = " " + text;
    }
    const tokens = this.use_regex ? text.match(this.pattern) || [] : [text];
    return tokens.map(
      (token) => Array.from(
        this.text_encoder.encode(token),
        (byte) => this.byte_encoder[byte]
      ).join("")
    );
  }
};
var ByteLevel_default = ByteLevel;
var Whitespace = class extends PreTokenizer_default {
  /**
   * Pre-tokenizes the input text by splitting it on word boundaries.
   * @param text The text to be pre-tokenized.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens produced by splitting the input text on whitespace.
   */
  pre_tokenize_text(text, options) {
    return text.match(/\w+|[^\w\s]+/g) || [];
  }
};
var Whitespace_default = Whitespace;
var Metaspace = class extends PreTokenizer_default {
  /**
   * @param config The configuration object for the MetaspacePreTokenizer.
   */
  constructor(config) {
    super();
    this.replacement = config.replacement ?? "▁";
    this.str_rep = config.str_rep || this.replacement;
    this.prepend_scheme = config.prepend_scheme ?? "always";
  }
  /**
   * This method takes a string, replaces spaces with the replacement character,
   * adds a prefix space if requested, and returns a new list of tokens.
   * @param text The text to pre-tokenize.
   * @param options The options for the pre-tokenization.
   * @returns A new list of pre-tokenized tokens.
   */
  pre_tokenize_text(text, options) {
    const { section_index = void 0 } = options ?? {};
    let normalized = text.replaceAll(" ", this.str_rep);
    if (
      // We add a prefix space if:
      //  (1) The normalized token does not already start with the replacement character.
      !normalized.startsWith(this.replacement) && // and (2) either:
      //  (a) prepend_scheme is 'always'
      //  (b) prepend_scheme is 'first' and this is the first section
      (this.prepend_scheme === "always" || this.prepend_scheme === "first" && section_index === 0)
    ) {
      normalized = this.str_rep + normalized;
    }
    return [normalized];
  }
};
var Metaspace_default = Metaspace;
var Split = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = create_pattern(
      this.config.pattern ?? {},
      this.config.invert ?? true
    );
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    if (this.pattern === null) {
      return [];
    }
    if (this.config.invert) {
      return (text.match(this.pattern) || []).filter((x) => x);
    } else if (this.config.behavior?.toLowerCase() === "removed") {
      return text.split(this.pattern).filter((x) => x);
    } else {
      return regex_split(text, this.pattern);
    }
  }
};
var Split_default = Split;
var Punctuation = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = new RegExp(
      `[^${PUNCTUATION_REGEX}]+|[${PUNCTUATION_REGEX}]+`,
      "gu"
    );
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    return text.match(this.pattern) || [];
  }
};
var Punctuation_default = Punctuation;
var Digits = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    const digit_pattern = `[^\\d]+|\\d${this.config.individual_digits ? "" : "+"}`;
    this.pattern = new RegExp(digit_pattern, "gu");
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    return text.match(this.pattern) || [];
  }
};
var Digits_default = Digits;
var BertPreTokenizer = class extends PreTokenizer_default {
  /**
   * A PreTokenizer that splits text into wordpieces using a basic tokenization scheme
   * similar to that used in the original implementation of BERT.
   */
  constructor() {
    super();
    this.pattern = new RegExp(
      `[^\\s${PUNCTUATION_REGEX}]+|[${PUNCTUATION_REGEX}]`,
      "gu"
    );
  }
  /**
   * Tokenizes a single text using the BERT pre-tokenization scheme.
   *
   * @param text The text to tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text, options) {
    return text.trim().match(this.pattern) || [];
  }
};
var BertPreTokenizer_default = BertPreTokenizer;
var Replace2 = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = create_pattern(this.config.pattern ?? {});
    this.content = this.config.content ?? "";
  }
  /**
   * Pre-tokenizes the input text by replacing certain characters.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by replacing certain characters.
   */
  pre_tokenize_text(text) {
    if (this.pattern === null) {
      return [text];
    }
    return [text.replaceAll(this.pattern, this.config.content ?? "")];
  }
};
var Replace_default2 = Replace2;
var Sequence2 = class extends PreTokenizer_default {
  /**
   * Creates an instance of PreTokenizerSequence.
   * @param config The configuration object for the pre-tokenizer sequence.
   */
  constructor(config) {
    super();
    this.tokenizers = (config.pretokenizers ?? []).map(
      (x) => create_pre_tokenizer_default(x)
    );
  }
  /**
   * Applies each pre-tokenizer in the sequence to the input text in turn.
   * @param text The text to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns The pre-tokenized text.
   */
  pre_tokenize_text(text, options) {
    return this.tokenizers.reduce(
      (pre_tokenized_text, tokenizer) => {
        return tokenizer ? tokenizer.pre_tokenize(pre_tokenized_text, options) : pre_tokenized_text;
      },
      [text]
    );
  }
};
var Sequence_default2 = Sequence2;
var WhitespaceSplit = class extends PreTokenizer_default {
  /**
   * Pre-tokenizes the input text by splitting it on whitespace characters.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by splitting the input text on whitespace.
   */
  pre_tokenize_text(text) {
    return whitespace_split(text);
  }
};
var WhitespaceSplit_default = WhitespaceSplit;
var FixedLength = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this._length = config.length;
  }
  /**
   * Pre-tokenizes the input text by splitting it into fixed-length tokens.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by splitting the input text into fixed-length tokens.
   */
  pre_tokenize_text(text) {
    const tokens = [];
    for (let i = 0; i < text.length; i += this._length) {
      tokens.push(text.slice(i, i + this._length));
    }
    return tokens;
  }
};
var FixedLength_default = FixedLength;
function create_pre_tokenizer(config) {
  if (config === null) return null;
  switch (config.type) {
    case "BertPreTokenizer":
      return new BertPreTokenizer_default();
    case "Sequence":
      return new Sequence_default2(config);
    case "Whitespace":
      return new Whitespace_default();
    case "WhitespaceSplit":
      return new WhitespaceSplit_default();
    case "Metaspace":
      return new Metaspace_default(config);
    case "ByteLevel":
      return new ByteLevel_default(config);
    case "Split":
      return new Split_default(config);
    case "Punctuation":
      return new Punctuation_default(config);
    case "Digits":
      return new Digits_default(config);
    case "Replace":
      return new Replace_default2(config);
    case "FixedLength":
      return new FixedLength_default(config);
    default:
      throw new Error(`Unknown PreTokenizer type: ${config.type}`);
  }
}
var create_pre_tokenizer_default = create_pre_tokenizer;
var TokenizerModel = class extends Callable_default {
  /**
   * Creates a new instance of TokenizerModel.
   * @param config The configuration object for the TokenizerModel.
   */
  constructor(config) {
    super();
    this.config = config;
    this.vocab = [];
    this.tokens_to_ids = /* @__PURE__ */ new Map();
    this.unk_token_id = void 0;
    this.unk_token = void 0;
    this.end_of_word_suffix = void 0;
    this.fuse_unk = this.config.fuse_unk ?? false;
  }
  /**
   * Internal function to call the TokenizerModel instance.
   * @param tokens The tokens to encode.
   * @returns The encoded tokens.
   */
  _call(tokens) {
    let result = this.encode(tokens);
    if (this.fuse_unk) {
      result = fuse_unk(result, this.tokens_to_ids, this.unk_token_id);
    }
    return result;
  }
};
var TokenizerModel_default = TokenizerModel;
var WordPieceTokenizer = class extends TokenizerModel_default {
  /**
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.max_input_chars_per_word = 100;
    this.tokens_to_ids = object_to_map(config.vocab);
    this.unk_token_id = this.tokens_to_ids.get(config.unk_token);
    this.unk_token = config.unk_token;
    this.max_input_chars_per_word = config.max_input_chars_per_word ?? 100;
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
  }
  /**
   * Encodes an array of tokens using WordPiece encoding.
   * @param tokens The tokens to encode.
   * @returns An array of encoded tokens.
   */
  encode(tokens) {
    const output_tokens = [];
    for (const token of tokens) {
      const chars = [...token];
      if (chars.length > this.max_input_chars_per_word) {
        output_tokens.push(this.unk_token);
        continue;
      }
      let is_unknown = false;
      let start = 0;
      const sub_tokens = [];
      while (start < chars.length) {
        let end = chars.length;
        let current_substring = null;
        while (start < end) {
          let substr = chars.slice(start, end).join("");
          if (start > 0) {
            substr = this.config.continuing_subword_prefix + substr;
          }
          if (this.tokens_to_ids.has(substr)) {
            current_substring = substr;
            break;
          }
          --end;
        }
        if (current_substring === null) {
          is_unknown = true;
          break;
        }
        sub_tokens.push(current_substring);
        start = end;
      }
      if (is_unknown) {
        output_tokens.push(this.unk_token);
      } else {
        output_tokens.push(...sub_tokens);
      }
    }
    return output_tokens;
  }
};
var WordPiece_default = WordPieceTokenizer;
var CharTrieNode = class _CharTrieNode {
  /**
   * Create a new CharTrieNode.
   * @param is_leaf Whether the node is a leaf node or not.
   * @param children A map containing the node's children, where the key is a character and the value is a `CharTrieNode`.
   */
  constructor(is_leaf, children) {
    this.is_leaf = is_leaf;
    this.children = children;
  }
  /**
   * Returns a new `CharTrieNode` instance with default values.
   * @returns A new `CharTrieNode` instance with `is_leaf` set to `false` and an empty `children` map.
   */
  static default() {
    return new _CharTrieNode(false, /* @__PURE__ */ new Map());
  }
};
var CharTrie = class {
  constructor() {
    this.root = CharTrieNode.default();
  }
  /**
   * Adds one or more `texts` to the trie.
   * @param texts The strings to add to the trie.
   */
  extend(texts) {
    for (const text of texts) {
      this.push(text);
    }
  }
  /**
   * Adds text to the trie.
   * @param text The string to add to the trie.
   */
  push(text) {
    let node = this.root;
    for (const ch of text) {
      let child = node.children.get(ch);
      if (child === void 0) {
        child = CharTrieNode.default();
        node.children.set(ch, child);
      }
      node = child;
    }
    node.is_leaf = true;
  }
  /**
   * Searches the trie for stored strings that match `chars` starting at `start`.
   * @param chars The input characters to search.
   * @param start The index to start searching from.
   * @yields Each stored string that is a prefix of `chars` starting at `start`.
   */
  *common_prefix_search(chars, start = 0) {
    let node = this.root;
    if (node === void 0) return;
    let prefix = "";
    for (let i = start; i < chars.length; ++i) {
      const ch = chars[i];
      prefix += ch;
      node = node.children.get(ch);
      if (node === void 0) return;
      if (node.is_leaf) {
        yield prefix;
      }
    }
  }
};
var CharTrie_default = CharTrie;
var TokenLatticeNode = class _TokenLatticeNode {
  /**
   * Represents a node in a token lattice for a given sentence.
   * @param token_id The ID of the token associated with this node.
   * @param node_id The ID of this node.
   * @param pos The starting position of the token in the sentence.
   * @param length The length of the token.
   * @param score The score associated with the token.
   */
  constructor(token_id, node_id, pos, length, score) {
    this.token_id = token_id;
    this.node_id = node_id;
    this.pos = pos;
    this.length = length;
    this.score = score;
    this.prev = null;
    this.backtrace_score = 0;
  }
  /**
   * Returns a clone of this node.
   * @returns A clone of this node.
   */
  clone() {
    const n = new _TokenLatticeNode(
      this.token_id,
      this.node_id,
      this.pos,
      this.length,
      this.score
    );
    n.prev = this.prev;
    n.backtrace_score = this.backtrace_score;
    return n;
  }
};
var TokenLattice = class {
  /**
   * Creates a new TokenLattice instance.
   *
   * @param sentence The input sentence to be tokenized.
   * @param bos_token_id The beginning-of-sequence token ID.
   * @param eos_token_id The end-of-sequence token ID.
   */
  constructor(sentence, bos_token_id, eos_token_id) {
    this.chars = Array.from(sentence);
    this.len = this.chars.length;
    this.bos_token_id = bos_token_id;
    this.eos_token_id = eos_token_id;
    this.nodes = [];
    this.begin_nodes = Array.from(
      { length: this.len + 1 },
      () => []
    );
    this.end_nodes = Array.from({ length: this.len + 1 }, () => []);
    const bos = new TokenLatticeNode(this.bos_token_id ?? 0, 0, 0, 0, 0);
    const eos = new TokenLatticeNode(
      this.eos_token_id ?? 0,
      1,
      this.len,
      0,
      0
    );
    this.nodes.push(bos.clone());
    this.nodes.push(eos.clone());
    this.begin_nodes[this.len].push(eos);
    this.end_nodes[0].push(bos);
  }
  /**
   * Inserts a new token node into the token lattice.
   *
   * @param pos The starting position of the token.
   * @param length The length of the token.
   * @param score The score of the token.
   * @param token_id The token ID of the token.
   */
  insert(pos, length, score, token_id) {
    const node_id = this.nodes.length;
    const node = new TokenLatticeNode(token_id, node_id, pos, length, score);
    this.begin_nodes[pos].push(node);
    this.end_nodes[pos + length].push(node);
    this.nodes.push(node);
  }
  /**
   * Implements the Viterbi algorithm to compute the most likely sequence of tokens.
   *
   * @returns The most likely sequence of tokens.
   */
  viterbi() {
    const len2 = this.len;
    let pos = 0;
    while (pos <= len2) {
      if (this.begin_nodes[pos].length == 0) {
        return [];
      }
      for (let rnode of this.begin_nodes[pos]) {
        rnode.prev = null;
        let best_score = 0;
        let best_node = null;
        for (let lnode of this.end_nodes[pos]) {
          const score = lnode.backtrace_score + rnode.score;
          if (best_node === null || score > best_score) {
            best_node = lnode.clone();
            best_score = score;
          }
        }
        if (best_node !== null) {
          rnode.prev = best_node;
          rnode.backtrace_score = best_score;
        } else {
          return [];
        }
      }
      ++pos;
    }
    const results = [];
    const root = this.begin_nodes[len2][0];
    const prev = root.prev;
    if (prev === null) {
      return [];
    }
    let node = prev.clone();
    while (node.prev !== null) {
      results.push(node.clone());
      const n = node.clone();
      node = n.prev.clone();
    }
    results.reverse();
    return results;
  }
  /**
   * Get the text piece for a given node.
   * @param node The node to get the piece for.
   * @returns The array of nodes representing the most likely sequence of tokens.
   */
  piece(node) {
    return this.chars.slice(node.pos, node.pos + node.length).join("");
  }
  /**
   * @returns The most likely sequence of tokens.
   */
  tokens() {
    const nodes = this.viterbi();
    return nodes.map((x) => this.piece(x));
  }
  /**
   * @returns The most likely sequence of token ids.
   */
  token_ids() {
    const nodes = this.viterbi();
    return nodes.map((x) => x.token_id);
  }
};
var TokenLattice_default = TokenLattice;
function min(arr) {
  if (arr.length === 0) throw new Error("Array must not be empty");
  let min_value = arr[0];
  let index_of_min = 0;
  for (let i = 1; i < arr.length; ++i) {
    if (arr[i] < min_value) {
      min_value = arr[i];
      index_of_min = i;
    }
  }
  return [min_value, index_of_min];
}
var Unigram = class extends TokenizerModel_default {
  /**
   * Create a new Unigram tokenizer model.
   * @param config The configuration object for the Unigram model.
   * @param eos_token
   */
  constructor(config, eos_token) {
    super(config);
    const vocab_size = config.vocab.length;
    this.vocab = new Array(vocab_size);
    this.scores = new Array(vocab_size);
    for (let i = 0; i < vocab_size; ++i) {
      [this.vocab[i], this.scores[i]] = config.vocab[i];
    }
    this.unk_token_id = config.unk_id;
    this.unk_token = this.vocab[config.unk_id];
    this.tokens_to_ids = new Map(this.vocab.map((x, i) => [x, i]));
    this.bos_token = " ";
    this.bos_token_id = this.tokens_to_ids.get(this.bos_token);
    this.eos_token = eos_token;
    this.eos_token_id = this.tokens_to_ids.get(this.eos_token);
    this.unk_token = this.vocab[this.unk_token_id];
    this.min_score = min(this.scores)[0];
    this.unk_score = this.min_score - 10;
    this.scores[this.unk_token_id] = this.unk_score;
    this.trie = new CharTrie_default();
    this.trie.extend(this.vocab);
    this.fuse_unk = true;
  }
  /**
   * Populates lattice nodes.
   * @param lattice The token lattice to populate with nodes.
   */
  populate_nodes(lattice) {
    const chars = lattice.chars;
    const mblen = 1;
    let begin_pos = 0;
    while (begin_pos < chars.length) {
      let has_single_node = false;
      const prefixed_tokens = this.trie.common_prefix_search(chars, begin_pos);
      for (const token of prefixed_tokens) {
        const token_id = this.tokens_to_ids.get(token);
        const token_score = this.scores[token_id];
        const n = len(token);
        lattice.insert(begin_pos, n, token_score, token_id);
        if (!has_single_node && n === mblen) {
          has_single_node = true;
        }
      }
      if (!has_single_node) {
        lattice.insert(begin_pos, mblen, this.unk_score, this.unk_token_id);
      }
      begin_pos += mblen;
    }
  }
  /**
   * Encodes an array of tokens into an array of subtokens using the unigram model.
   *
   * @param normalized The normalized string.
   * @returns An array of subtokens obtained by encoding the input tokens using the unigram model.
   */
  tokenize(normalized) {
    const lattice = new TokenLattice_default(
      normalized,
      this.bos_token_id,
      this.eos_token_id
    );
    this.populate_nodes(lattice);
    return lattice.tokens();
  }
  /**
   * Encodes an array of tokens using Unigram encoding.
   * @param tokens The tokens to encode.
   * @returns An array of encoded tokens.
   */
  encode(tokens) {
    const to_return = [];
    for (const token of tokens) {
      const tokenized = this.tokenize(token);
      to_return.push(...tokenized);
    }
    return to_return;
  }
};
var Unigram_default = Unigram;
var PriorityQueue = class {
  /**
   * Create a new PriorityQueue.
   * @param comparator Comparator function to determine priority. Defaults to a MaxHeap.
   * @param max_size Maximum size of the queue. Defaults to Infinity.
   */
  constructor(comparator = (a, b) => a > b, max_size = Infinity) {
    this._heap = [];
    this._comparator = comparator;
    this._max_size = max_size;
  }
  /**
   * The size of the queue
   */
  get size() {
    return this._heap.length;
  }
  /**
   * Check if the queue is empty.
   * @returns `true` if the queue is empty, `false` otherwise.
   */
  is_empty() {
    return this.size === 0;
  }
  /**
   * Return the element with the highest priority in the queue.
   * @returns The highest priority element in the queue.
   */
  peek() {
    return this._heap[0];
  }
  /**
   * Add one or more elements to the queue.
   * @param values The values to push into the queue.
   * @returns The new size of the queue.
   */
  push(...values) {
    return this.extend(values);
  }
  /**
   * Add multiple elements to the queue.
   * @param values The values to push into the queue.
   * @returns The new size of the queue.
   */
  extend(values) {
    for (const value of values) {
      if (this.size < this._max_size) {
        this._heap.push(value);
        this._sift_up();
      } else {
        const smallest = this._smallest();
        if (this._comparator(value, this._heap[smallest])) {
          this._heap[smallest] = value;
          this._sift_up_from(smallest);
        }
      }
    }
    return this.size;
  }
  /**
   * Remove and return the element with the highest priority in the queue.
   * @returns The element with the highest priority in the queue.
   */
  pop() {
    const popped_value = this.peek();
    const bottom = this.size - 1;
    if (bottom > 0) {
      this._swap(0, bottom);
    }
    this._heap.pop();
    this._sift_down();
    return popped_value;
  }
  /**
   * Replace the element with the highest priority in the queue with a new value.
   * @param value The new value.
   * @returns The replaced value.
   */
  replace(value) {
    const replaced_value = this.peek();
    this._heap[0] = value;
    this._sift_down();
    return replaced_value;
  }
  /**
   * Compute the index for the parent of the node at index `i`.
   * @param i The index of the node to get the parent of.
   * @returns The index of the parent node.
   * @private
   */
  _parent(i) {
    return (i + 1 >>> 1) - 1;
  }
  /**
   * Compute the index for the left child of the node at index `i`.
   * @param i The index of the node to get the left child of.
   * @returns The index of the left child.
   * @private
   */
  _left(i) {
    return (i << 1) + 1;
  }
  /**
   * Compute the index for the right child of the node at index `i`.
   * @param i The index of the node to get the right child of.
   * @returns The index of the right child.
   * @private
   */
  _right(i) {
    return i + 1 << 1;
  }
  /**
   * Check if the element at index `i` is greater than the element at index `j`.
   * @param i The index of the first element to compare.
   * @param j The index of the second element to compare.
   * @returns `true` if the element at index `i` is greater than the element at index `j`, `false` otherwise.
   * @private
   */
  _greater(i, j) {
    return this._comparator(this._heap[i], this._heap[j]);
  }
  /**
   * Swap the elements at indices `i` and `j`.
   * @param i The index of the first element to swap.
   * @param j The index of the second element to swap.
   * @private
   */
  _swap(i, j) {
    const temp = this._heap[i];
    this._heap[i] = this._heap[j];
    this._heap[j] = temp;
  }
  /**
   * Maintain the heap property by updating positions in the heap,
   * starting at the last element and moving up the heap.
   * @private
   */
  _sift_up() {
    this._sift_up_from(this.size - 1);
  }
  /**
   * Helper function to sift up from a given node.
   * @param node The index of the node to start sifting up from.
   */
  _sift_up_from(node) {
    while (node > 0 && this._greater(node, this._parent(node))) {
      this._swap(node, this._parent(node));
      node = this._parent(node);
    }
  }
  /**
   * Maintain the heap property by updating positions in the heap,
   * starting at the first element and moving down the heap.
   * @private
   */
  _sift_down() {
    let node = 0;
    while (this._left(node) < this.size && this._greater(this._left(node), node) || this._right(node) < this.size && this._greater(this._right(node), node)) {
      const max_child = this._right(node) < this.size && this._greater(this._right(node), this._left(node)) ? this._right(node) : this._left(node);
      this._swap(node, max_child);
      node = max_child;
    }
  }
  /**
   * Get the index of the smallest element in the heap. Since we use an array-based heap,
   * the index can be computed without needing to traverse the heap.
   * @private
   */
  _smallest() {
    return 2 ** Math.floor(Math.log2(this.size)) - 1;
  }
};
var PriorityQueue_default = PriorityQueue;
var LRUCache = class {
  /**
   * Creates an LRUCache instance.
   * @param capacity The maximum number of items the cache can hold.
   */
  constructor(capacity) {
    this.capacity = capacity;
    this.cache = /* @__PURE__ */ new Map();
  }
  /**
   * Retrieves the value associated with the given key and marks the key as recently used.
   * @param key The key to retrieve.
   * @returns The value associated with the key, or undefined if the key does not exist.
   */
  get(key) {
    if (!this.cache.has(key)) return void 0;
    const value = this.cache.get(key);
    this.cache.delete(key);
    this.cache.set(key, value);
    return value;
  }
  /**
   * Inserts or updates the key-value pair in the cache.
   * If the key already exists, it is updated and marked as recently used.
   * If the cache exceeds its capacity, the least recently used item is evicted.
   * @param key The key to add or update.
   * @param value The value to associate with the key.
   */
  put(key, value) {
    if (this.cache.has(key)) {
      this.cache.delete(key);
    }
    this.cache.set(key, value);
    if (this.cache.size > this.capacity) {
      this.cache.delete(this.cache.keys().next().value);
    }
  }
  /**
   * Clears the cache.
   */
  clear() {
    this.cache.clear();
  }
};
var LRUCache_default = LRUCache;
var BPE = class extends TokenizerModel_default {
  /**
   * Create a BPE instance.
   * @param config The configuration object for BPE.
   */
  constructor(config) {
    super(config);
    this.tokens_to_ids = object_to_map(config.vocab);
    this.unk_token_id = this.tokens_to_ids.get(config.unk_token);
    this.unk_token = config.unk_token;
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
    const use_new_merge_format = Array.isArray(config.merges[0]);
    this.merges = use_new_merge_format ? config.merges : config.merges.map(
      (x) => x.split(" ", 2)
    );
    this.bpe_ranks = new Map(this.merges.map((x, i) => [JSON.stringify(x), i]));
    this.end_of_word_suffix = config.end_of_word_suffix;
    this.continuing_subword_suffix = config.continuing_subword_suffix ?? null;
    this.byte_fallback = this.config.byte_fallback ?? false;
    if (this.byte_fallback) {
      this.text_encoder = new TextEncoder();
    }
    this.ignore_merges = this.config.ignore_merges ?? false;
    this.max_length_to_cache = 256;
    this.cache_capacity = 1e4;
    this.cache = new LRUCache_default(this.cache_capacity);
  }
  /**
   * Clears the cache.
   */
  clear_cache() {
    this.cache.clear();
  }
  /**
   * Apply Byte-Pair-Encoding (BPE) to a given token. Efficient heap-based priority
   * queue implementation adapted from https://github.com/belladoreai/llama-tokenizer-js.
   * @param token The token to encode.
   * @returns The BPE encoded tokens.
   */
  bpe(token) {
    if (token.length === 0) {
      return [];
    }
    const cached = this.cache.get(token);
    if (cached !== void 0) {
      return cached;
    }
    const word = Array.from(token);
    if (this.end_of_word_suffix) {
      word[word.length - 1] += this.end_of_word_suffix;
    }
    let result = [];
    if (word.length > 1) {
      const queue = new PriorityQueue_default((a, b) => a.score < b.score);
      let starting_node = {
        token: word[0],
        bias: 0,
        prev: null,
        next: null
      };
      let previous_node = starting_node;
      for (let i = 1; i < word.length; ++i) {
        const current_node = {
          bias: i / word.length,
          // Add fractional component to break ties
          token: word[i],
          prev: previous_node,
          next: null
        };
        previous_node.next = current_node;
        this.add_node(queue, previous_node);
        previous_node = current_node;
      }
      while (!queue.is_empty()) {
        const node = queue.pop();
        if (node.deleted || !node.next || node.next.deleted) continue;
        node.deleted = true;
        node.next.deleted = true;
        if (node.prev) {
          const new_previous_node = { ...node.prev };
          node.prev.deleted = true;
          node.prev = new_previous_node;
          if (new_previous_node.prev) {
            new_previous_node.prev.next = new_previous_node;
          } else {
            starting_node = new_previous_node;
          }
        }
        const merged = {
          token: node.token + node.next.token,
          bias: node.bias,
          prev: node.prev,
          next: node.next.next
        };
        if (merged.prev) {
          merged.prev.next = merged;
          this.add_node(queue, merged.prev);
        } else {
          starting_node = merged;
        }
        if (merged.next) {
          merged.next.prev = merged;
          this.add_node(queue, merged);
        }
      }
      for (let current_node = starting_node; current_node !== null; current_node = current_node.next) {
        result.push(current_node.token);
      }
    } else {
      result = word;
    }
    if (this.continuing_subword_suffix) {
      for (let i = 0; i < result.length - 1; ++i) {
        result[i] += this.continuing_subword_suffix;
      }
    }
    if (token.length < this.max_length_to_cache) {
      this.cache.put(token, result);
    }
    return result;
  }
  /**
   * Helper function to add a node to the priority queue.
   * @param queue
   * @param node
   */
  add_node(queue, node) {
    const rank = this.bpe_ranks.get(
      JSON.stringify([node.token, node.next.token])
    );
    if (rank !== void 0) {
      node.score = rank + node.bias;
      queue.push(node);
    }
  }
  /**
   * Encodes the input sequence of tokens using the BPE algorithm and returns the resulting subword tokens.
   * @param tokens The input sequence of tokens to encode.
   * @returns The resulting subword tokens after applying the BPE algorithm to the input sequence of tokens.
   */
  encode(tokens) {
    const output_tokens = [];
    for (const token of tokens) {
      if (this.ignore_merges && this.tokens_to_ids.has(token)) {
        output_tokens.push(token);
        continue;
      }
      const bpe_token_list = this.bpe(token);
      for (const t of bpe_token_list) {
        if (this.tokens_to_ids.has(t)) {
          output_tokens.push(t);
        } else if (this.byte_fallback) {
          const byte_tokens = Array.from(this.text_encoder.encode(t)).map(
            (x) => `<0x${x.toString(16).toUpperCase().padStart(2, "0")}>`
          );
          if (byte_tokens.every((x) => this.tokens_to_ids.has(x))) {
            output_tokens.push(...byte_tokens);
          } else if (this.unk_token != null) {
            output_tokens.push(this.unk_token);
          }
        } else if (this.unk_token != null) {
          output_tokens.push(this.unk_token);
        }
      }
    }
    return output_tokens;
  }
};
var BPE_default = BPE;
var Legacy = class extends TokenizerModel_default {
  /**
   * Create a Legacy tokenizer model instance.
   * @param config The configuration object for Legacy tokenizer model.
   * @param more_config Additional configuration object for the Legacy tokenizer model.
   */
  constructor(config, more_config) {
    super(config);
    const vocab = config.vocab;
    this.tokens_to_ids = object_to_map(
      more_config.target_lang ? vocab[more_config.target_lang] : vocab
    );
    this.bos_token = more_config.bos_token;
    this.bos_token_id = this.tokens_to_ids.get(this.bos_token);
    this.eos_token = more_config.eos_token;
    this.eos_token_id = this.tokens_to_ids.get(this.eos_token);
    this.pad_token = more_config.pad_token;
    this.pad_token_id = this.tokens_to_ids.get(this.pad_token);
    this.unk_token = more_config.unk_token;
    this.unk_token_id = this.tokens_to_ids.get(this.unk_token);
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
  }
  encode(tokens) {
    return tokens;
  }
};
var Legacy_default = Legacy;
function create_tokenizer_model(model_config, config) {
  switch (model_config.type) {
    case "WordPiece":
      return new WordPiece_default(model_config);
    case "Unigram":
      return new Unigram_default(model_config, config.eos_token);
    case "BPE":
      return new BPE_default(model_config);
    default:
      if (model_config.vocab) {
        if (Array.isArray(model_config.vocab)) {
          return new Unigram_default(model_config, config.eos_token);
        } else if (Object.hasOwn(model_config, "continuing_subword_prefix") && Object.hasOwn(model_config, "unk_token")) {
          if (Object.hasOwn(model_config, "merges")) {
            return new BPE_default(model_config);
          } else {
            return new WordPiece_default(model_config);
          }
        } else {
          return new Legacy_default(model_config, {
            target_lang: config.target_lang,
            bos_token: config.bos_token,
            eos_token: config.eos_token,
            pad_token: config.pad_token,
            unk_token: config.unk_token
          });
        }
      }
      throw new Error(
        `Unknown TokenizerModel type: ${model_config?.type}`
      );
  }
}
var create_tokenizer_model_default = create_tokenizer_model;
var PostProcessor = class extends Callable_default {
  /**
   * @param config The configuration for the post-processor.
   */
  constructor(config) {
    super();
    this.config = config;
  }
  /**
   * Alias for {@link PostProcessor#post_process}.
   * @param tokens The text or array of texts to post-process.
   * @param args Additional arguments required by the post-processing logic.
   * @returns The post-processed tokens.
   */
  _call(tokens, ...args) {
    return this.post_process(tokens, ...args);
  }
};
var PostProcessor_default = PostProcessor;
var TemplateProcessing = class extends PostProcessor_default {
  /**
   * Replaces special tokens in the template with actual tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns An object containing the list of tokens with the special tokens replaced with actual tokens.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    const type = tokens_pair === null ? this.config.single : this.config.pair;
    let processed_tokens = [];
    let types = [];
    for (const item of type) {
      if ("SpecialToken" in item) {
        if (add_special_tokens) {
          processed_tokens.push(item.SpecialToken.id);
          types.push(item.SpecialToken.type_id);
        }
      } else if ("Sequence" in item) {
        if (item.Sequence.id === "A") {
          processed_tokens = merge_arrays(processed_tokens, tokens);
          types = merge_arrays(
            types,
            new Array(tokens.length).fill(item.Sequence.type_id)
          );
        } else if (item.Sequence.id === "B") {
          processed_tokens = merge_arrays(processed_tokens, tokens_pair);
          types = merge_arrays(
            types,
            new Array(tokens_pair.length).fill(item.Sequence.type_id)
          );
        }
      }
    }
    return { tokens: processed_tokens, token_type_ids: types };
  }
};
var TemplateProcessing_default = TemplateProcessing;
var ByteLevel2 = class extends PostProcessor_default {
  /**
   * Post process the given tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @returns An object containing the post-processed tokens.
   */
  post_process(tokens, tokens_pair = null) {
    return { tokens, tokens_pair };
  }
};
var ByteLevel_default2 = ByteLevel2;
var BertProcessing = class extends PostProcessor_default {
  /**
   * @param config The configuration for the post-processor.
   * @param config.cls The special tokens to add to the beginning of the input.
   * @param config.sep The special tokens to add to the end of the input.
   */
  constructor(config) {
    super(config);
    this.sep = config.sep;
    this.cls = config.cls;
  }
  /**
   * Adds the special tokens to the beginning and end of the input.
   * @param tokens The input tokens.
   * @param tokens_pair An optional second set of input tokens.
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns The post-processed tokens with the special tokens added to the beginning and end.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    if (add_special_tokens) {
      tokens = merge_arrays([this.cls[0]], tokens, [this.sep[0]]);
    }
    let token_type_ids = new Array(tokens.length).fill(0);
    if (tokens_pair) {
      const middle = [];
      const after = add_special_tokens ? [this.sep[0]] : [];
      tokens = merge_arrays(tokens, middle, tokens_pair, after);
      token_type_ids = merge_arrays(
        token_type_ids,
        new Array(tokens_pair.length + middle.length + after.length).fill(1)
      );
    }
    return { tokens, token_type_ids };
  }
};
var BertProcessing_default = BertProcessing;
var RobertaProcessing = class extends PostProcessor_default {
  /**
   * @param config The configuration for the post-processor.
   * @param config.cls The special tokens to add to the beginning of the input.
   * @param config.sep The special tokens to add to the end of the input.
   */
  constructor(config) {
    super(config);
    this.sep = config.sep;
    this.cls = config.cls;
  }
  /**
   * Adds the special tokens to the beginning and end of the input.
   * @param tokens The input tokens.
   * @param tokens_pair An optional second set of input tokens.
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns The post-processed tokens with the special tokens added to the beginning and end.
   */
  post_process(tokens, tokens_pair, add_special_tokens = true) {
    if (add_special_tokens) {
      tokens = merge_arrays([this.cls[0]], tokens, [this.sep[0]]);
    }
    let token_type_ids = new Array(tokens.length).fill(0);
    if (tokens_pair) {
      const middle = add_special_tokens ? [this.sep[0]] : [];
      const after = add_special_tokens ? [this.sep[0]] : [];
      tokens = merge_arrays(tokens, middle, tokens_pair, after);
      token_type_ids = merge_arrays(
        token_type_ids,
        new Array(tokens_pair.length + middle.length + after.length).fill(1)
      );
    }
    return { tokens, token_type_ids };
  }
};
var RobertaProcessing_default = RobertaProcessing;
var Sequence3 = class extends PostProcessor_default {
  /**
   * Creates a new instance of Sequence post-processor.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.processors = (config.processors ?? []).map((x) => create_post_processor_default(x));
  }
  /**
   * Post process the given tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns An object containing the post-processed tokens.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    let processed_tokens = { tokens, tokens_pair };
    for (const processor of this.processors) {
      processed_tokens = processor.post_process(
        processed_tokens.tokens,
        processed_tokens.tokens_pair,
        add_special_tokens
      );
    }
    return processed_tokens;
  }
};
var Sequence_default3 = Sequence3;
function create_post_processor(config) {
  if (config === null) return null;
  switch (config.type) {
    case "TemplateProcessing":
      return new TemplateProcessing_default(config);
    case "ByteLevel":
      return new ByteLevel_default2(config);
    case "BertProcessing":
      return new BertProcessing_default(config);
    case "RobertaProcessing":
      return new RobertaProcessing_default(config);
    case "Sequence":
      return new Sequence_default3(config);
    default:
      throw new Error(`Unknown PostProcessor type: ${config.type}`);
  }
}
var create_post_processor_default = create_post_processor;
var Decoder = class extends Callable_default {
  /**
   * Creates an instance of `Decoder`.
   * @param config The configuration object.
   **/
  constructor(config) {
    super();
    this.config = config;
    this.added_tokens = [];
    this.end_of_word_suffix = null;
    this.trim_offsets = "trim_offsets" in config ? config.trim_offsets : false;
  }
  /**
   * Calls the `decode` method.
   *
   * @param tokens The list of tokens.
   * @returns The decoded string.
   */
  _call(tokens) {
    return this.decode(tokens);
  }
  /**
   * Decodes a list of tokens.
   * @param tokens The list of tokens.
   * @returns The decoded string.
   */
  decode(tokens) {
    return this.decode_chain(tokens).join("");
  }
};
var Decoder_default = Decoder;
var ByteLevel3 = class extends Decoder_default {
  /**
   * Create a `ByteLevelDecoder` object.
   */
  constructor(config) {
    super(config);
    this.byte_decoder = UNICODE_TO_BYTES;
    this.text_decoder = new TextDecoder("utf-8", {
      fatal: false,
      // eslint-disable-next-line @typescript-eslint/naming-convention
      ignoreBOM: true
    });
    this.end_of_word_suffix = null;
  }
  /**
   * Convert an array of tokens to string by decoding each byte.
   * @param tokens Array of tokens to be decoded.
   * @returns The decoded string.
   */
  convert_tokens_to_string(tokens) {
    const text = tokens.join("");
    const byte_array = new Uint8Array(
      [...text].map((c) => this.byte_decoder[c])
    );
    return this.text_decoder.decode(byte_array);
  }
  decode_chain(tokens) {
    const sub_texts = [];
    let current_sub_text = [];
    for (const token of tokens) {
      if (this.added_tokens.find((x) => x.content === token) !== void 0) {
        if (current_sub_text.length > 0) {
          sub_texts.push(this.convert_tokens_to_string(current_sub_text));
          current_sub_text = [];
        }
        sub_texts.push(token);
      } else {
        current_sub_text.push(token);
      }
    }
    if (current_sub_text.length > 0) {
      sub_texts.push(this.convert_tokens_to_string(current_sub_text));
    }
    return sub_texts;
  }
};
var ByteLevel_default3 = ByteLevel3;
var WordPiece = class extends Decoder_default {
  /**
   * Creates a new instance of WordPieceDecoder.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.cleanup = config.cleanup;
  }
  decode_chain(tokens) {
    return tokens.map((token, i) => {
      if (i !== 0) {
        const prefix = this.config.prefix;
        if (prefix && token.startsWith(prefix)) {
          token = token.replace(prefix, "");
        } else {
          token = " " + token;
        }
      }
      if (this.cleanup) {
        token = clean_up_tokenization(token);
      }
      return token;
    });
  }
};
var WordPiece_default2 = WordPiece;
var Metaspace2 = class extends Decoder_default {
  /**
   * Constructs a new MetaspaceDecoder object.
   * @param config The configuration object for the MetaspaceDecoder.
   */
  constructor(config) {
    super(config);
    this.replacement = config.replacement ?? "▁";
  }
  decode_chain(tokens) {
    const result = [];
    for (let i = 0; i < tokens.length; ++i) {
      let normalized = tokens[i].replaceAll(this.replacement, " ");
      if (i == 0 && normalized.startsWith(" ")) {
        normalized = normalized.substring(1);
      }
      result.push(normalized);
    }
    return result;
  }
};
var Metaspace_default2 = Metaspace2;
var BPE2 = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.suffix = config.suffix ?? "";
  }
  decode_chain(tokens) {
    return tokens.map((token, i) => {
      return token.replaceAll(this.suffix, i === tokens.length - 1 ? "" : " ");
    });
  }
};
var BPE_default2 = BPE2;
var CTC = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.pad_token = config.pad_token ?? "";
    this.word_delimiter_token = config.word_delimiter_token ?? "";
    this.cleanup = config.cleanup;
  }
  /**
   * Converts a connectionist-temporal-classification (CTC) output tokens into a single string.
   * @param tokens Array of tokens to be decoded.
   * @returns The decoded string.
   */
  convert_tokens_to_string(tokens) {
    if (tokens.length === 0) return "";
    const grouped_tokens = [tokens[0]];
    for (let i = 1; i < tokens.length; ++i) {
      if (tokens[i] !== grouped_tokens.at(-1)) {
        grouped_tokens.push(tokens[i]);
      }
    }
    const filtered_tokens = grouped_tokens.filter(
      (token) => token !== this.pad_token
    );
    let text = filtered_tokens.join("");
    if (this.cleanup) {
      text = clean_up_tokenization(text).replaceAll(this.word_delimiter_token, " ").trim();
    }
    return text;
  }
  decode_chain(tokens) {
    return [this.convert_tokens_to_string(tokens)];
  }
};
var CTC_default = CTC;
var Sequence4 = class extends Decoder_default {
  /**
   * Creates a new instance of DecoderSequence.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.decoders = (config.decoders ?? []).map((x) => create_decoder_default(x));
  }
  decode_chain(tokens) {
    return this.decoders.reduce((toks, decoder) => {
      return decoder.decode_chain(toks);
    }, tokens);
  }
};
var Sequence_default4 = Sequence4;
var Replace3 = class extends Decoder_default {
  /**
   * @param config The configuration object for the decoder.
   */
  constructor(config) {
    super(config);
    this.pattern = create_pattern(this.config.pattern);
  }
  decode_chain(tokens) {
    const content = this.config.content ?? "";
    const pattern = this.pattern;
    return pattern === null ? tokens : tokens.map((token) => token.replaceAll(pattern, content));
  }
};
var Replace_default3 = Replace3;
var Fuse = class extends Decoder_default {
  decode_chain(tokens) {
    return [tokens.join("")];
  }
};
var Fuse_default = Fuse;
var Strip2 = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.content = config.content ?? "";
    this.start = config.start ?? 0;
    this.stop = config.stop ?? 0;
  }
  decode_chain(tokens) {
    return tokens.map((token) => {
      let start_cut = 0;
      for (let i = 0; i < this.start; ++i) {
        if (token[i] === this.content) {
          start_cut = i + 1;
          continue;
        } else {
          break;
        }
      }
      let stop_cut = token.length;
      for (let i = 0; i < this.stop; ++i) {
        const index = token.length - i - 1;
        if (token[index] === this.content) {
          stop_cut = index;
          continue;
        } else {
          break;
        }
      }
      return token.slice(start_cut, stop_cut);
    });
  }
};
var Strip_default2 = Strip2;
var ByteFallback = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.text_decoder = new TextDecoder();
  }
  decode_chain(tokens) {
    const new_tokens = [];
    let previous_byte_tokens = [];
    for (const token of tokens) {
      let bytes = null;
      if (token.length === 6 && token.startsWith("<0x") && token.endsWith(">")) {
        const byte = parseInt(token.slice(3, 5), 16);
        if (!isNaN(byte)) {
          bytes = byte;
        }
      }
      if (bytes !== null) {
        previous_byte_tokens.push(bytes);
      } else {
        if (previous_byte_tokens.length > 0) {
          const string = this.text_decoder.decode(
            Uint8Array.from(previous_byte_tokens)
          );
          new_tokens.push(string);
          previous_byte_tokens = [];
        }
        new_tokens.push(token);
      }
    }
    if (previous_byte_tokens.length > 0) {
      const string = this.text_decoder.decode(
        Uint8Array.from(previous_byte_tokens)
      );
      new_tokens.push(string);
      previous_byte_tokens = [];
    }
    return new_tokens;
  }
};
var ByteFallback_default = ByteFallback;
function create_decoder(config) {
  if (config === null) return null;
  switch (config.type) {
    case "ByteLevel":
      return new ByteLevel_default3(config);
    case "WordPiece":
      return new WordPiece_default2(config);
    case "Metaspace":
      return new Metaspace_default2(config);
    case "BPEDecoder":
      return new BPE_default2(config);
    case "CTC":
      return new CTC_default(config);
    case "Sequence":
      return new Sequence_default4(config);
    case "Replace":
      return new Replace_default3(config);
    case "Fuse":
      return new Fuse_default(config);
    case "Strip":
      return new Strip_default2(config);
    case "ByteFallback":
      return new ByteFallback_default(config);
    default:
      throw new Error(`Unknown Decoder type: ${config.type}`);
  }
}
var create_decoder_default = create_decoder;
var Tokenizer = class {
  constructor(tokenizer, config) {
    const tokenizer_error = validate_object(tokenizer, "Tokenizer", [
      "model",
      "decoder",
      "post_processor",
      "pre_tokenizer",
      "normalizer"
    ]);
    if (tokenizer_error) {
      throw new Error(tokenizer_error);
    }
    const config_error = validate_object(config, "Config");
    if (config_error) {
      throw new Error(config_error);
    }
    this.tokenizer = tokenizer;
    this.config = config;
    this.normalizer = create_normalizer_default(this.tokenizer.normalizer);
    this.pre_tokenizer = create_pre_tokenizer_default(this.tokenizer.pre_tokenizer);
    this.model = create_tokenizer_model_default(this.tokenizer.model, this.config);
    this.post_processor = create_post_processor_default(this.tokenizer.post_processor);
    this.decoder = create_decoder_default(this.tokenizer.decoder);
    this.special_tokens = [];
    this.all_special_ids = [];
    this.added_tokens = [];
    const unnormalized_contents = [];
    const normalized_contents = [];
    this.added_tokens_map = /* @__PURE__ */ new Map();
    for (const added_token of this.tokenizer.added_tokens) {
      const token = new AddedToken_default(added_token);
      this.added_tokens.push(token);
      this.model.tokens_to_ids.set(token.content, token.id);
      this.model.vocab[token.id] = token.content;
      if (token.special) {
        this.special_tokens.push(token.content);
        this.all_special_ids.push(token.id);
      }
      this.added_tokens_map.set(token.content, token);
      if (token.normalized && this.normalizer !== null) {
        const normalized_content = this.normalizer(token.content);
        normalized_contents.push(normalized_content);
        this.added_tokens_map.set(normalized_content, token);
      } else {
        unnormalized_contents.push(token.content);
      }
    }
    (this.config.additional_special_tokens ?? []).forEach((token) => {
      if (!this.special_tokens.includes(token)) this.special_tokens.push(token);
    });
    if (this.decoder) {
      this.decoder.added_tokens = this.added_tokens;
      this.decoder.end_of_word_suffix = this.model.end_of_word_suffix;
    }
    this.splitter_unnormalized = new DictionarySplitter_default(unnormalized_contents);
    this.splitter_normalized = new DictionarySplitter_default(normalized_contents);
    this.remove_space = this.config.remove_space;
    this.clean_up_tokenization_spaces = this.config.clean_up_tokenization_spaces ?? true;
    this.do_lowercase_and_remove_accent = this.config.do_lowercase_and_remove_accent ?? false;
  }
  // Implementation
  encode(text, {
    text_pair = null,
    add_special_tokens = true,
    return_token_type_ids = null
  } = {}) {
    const { tokens, token_type_ids } = this.tokenize_helper(text, {
      text_pair,
      add_special_tokens
    });
    const input_ids = tokens.map(
      (t) => this.added_tokens_map.get(t)?.id ?? this.model.tokens_to_ids.get(t) ?? this.model.unk_token_id
    );
    const result = {
      ids: input_ids,
      tokens,
      attention_mask: new Array(input_ids.length).fill(1)
    };
    if (return_token_type_ids && token_type_ids) {
      result.token_type_ids = token_type_ids;
    }
    return result;
  }
  decode(token_ids, options = {}) {
    if (!Array.isArray(token_ids) || token_ids.length === 0 || !is_integral_number(token_ids[0])) {
      throw Error("token_ids must be a non-empty array of integers.");
    }
    let tokens = token_ids.map(
      (i) => this.model.vocab[Number(i)] ?? this.model.unk_token
    );
    if (options.skip_special_tokens) {
      tokens = tokens.filter((x) => !this.special_tokens.includes(x));
    }
    let decoded = this.decoder ? this.decoder(tokens) : tokens.join(" ");
    if (this.decoder && this.decoder.end_of_word_suffix) {
      decoded = decoded.replaceAll(this.decoder.end_of_word_suffix, " ");
      if (options.skip_special_tokens) {
        decoded = decoded.trim();
      }
    }
    if (options.clean_up_tokenization_spaces ?? this.clean_up_tokenization_spaces) {
      decoded = clean_up_tokenization(decoded);
    }
    return decoded;
  }
  /**
   * Converts a string into a sequence of tokens.
   * @param text The sequence to be encoded.
   * @param options An optional object containing the following properties:
   * @returns The list of tokens.
   */
  tokenize(text, { text_pair = null, add_special_tokens = false } = {}) {
    return this.tokenize_helper(text, { text_pair, add_special_tokens }).tokens;
  }
  encode_text(text) {
    if (text === null) {
      return null;
    }
    const sections = this.splitter_unnormalized.split(text);
    sections.forEach((section, i) => {
      const added_token = this.added_tokens_map.get(section);
      if (added_token) {
        if (added_token.lstrip && i > 0) {
          sections[i - 1] = sections[i - 1].trimEnd();
        }
        if (added_token.rstrip && i < sections.length - 1) {
          sections[i + 1] = sections[i + 1].trimStart();
        }
      }
    });
    return sections.flatMap((processed_text, section_index) => {
      if (processed_text.length === 0) {
        return [];
      }
      if (this.added_tokens_map.has(processed_text)) {
        return [processed_text];
      }
      if (this.remove_space === true) {
        processed_text = processed_text.trim().split(/\s+/).join(" ");
      }
      if (this.do_lowercase_and_remove_accent) {
        processed_text = lowercase_and_remove_accents(processed_text);
      }
      if (this.normalizer !== null) {
        processed_text = this.normalizer(processed_text);
      }
      if (processed_text.length === 0) {
        return [];
      }
      const subsections = this.splitter_normalized.split(processed_text);
      subsections.forEach((subsection, j) => {
        const added_token = this.added_tokens_map.get(subsection);
        if (added_token) {
          if (added_token.lstrip && j > 0) {
            subsections[j - 1] = subsections[j - 1].trimEnd();
          }
          if (added_token.rstrip && j < subsections.length - 1) {
            subsections[j + 1] = subsections[j + 1].trimStart();
          }
        }
      });
      return subsections.flatMap((subsection) => {
        if (subsection.length === 0) {
          return [];
        }
        if (this.added_tokens_map.has(subsection)) {
          return [subsection];
        }
        const section_tokens = this.pre_tokenizer !== null ? this.pre_tokenizer(subsection, {
          section_index
        }) : [subsection];
        return this.model(section_tokens);
      });
    });
  }
  tokenize_helper(text, { text_pair = null, add_special_tokens = true }) {
    const tokens1 = this.encode_text(text);
    const tokens2 = this.encode_text(text_pair || null);
    return this.post_processor ? this.post_processor(tokens1, tokens2, add_special_tokens) : { tokens: merge_arrays(tokens1 ?? [], tokens2 ?? []) };
  }
  /**
   * Converts a token string to its corresponding token ID.
   * @param token The token string to convert.
   * @returns The token ID, or undefined if the token is not in the vocabulary.
   */
  token_to_id(token) {
    return this.model.tokens_to_ids.get(token);
  }
  /**
   * Converts a token ID to its corresponding token string.
   * @param id The token ID to convert.
   * @returns The token string, or undefined if the ID is not in the vocabulary.
   */
  id_to_token(id) {
    return this.model.vocab[id];
  }
  /**
   * Returns a mapping of token IDs to AddedToken objects for all added tokens.
   * @returns A Map where keys are token IDs and values are AddedToken objects.
   */
  get_added_tokens_decoder() {
    const decoder = /* @__PURE__ */ new Map();
    for (const token of this.added_tokens) {
      decoder.set(token.id, token);
    }
    return decoder;
  }
  /**
   * Get the underlying vocabulary
   * @param with_added_tokens Whether to include the added tokens
   * @returns The vocabulary
   */
  get_vocab(with_added_tokens = true) {
    const vocab = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.model.vocab.length; ++i) {
      const token = this.model.vocab[i];
      if (with_added_tokens || !this.added_tokens_map.has(token)) {
        vocab.set(token, i);
      }
    }
    return vocab;
  }
};
var Tokenizer_default = Tokenizer;

// src/eval/tokenizer.ts
init_errors();
function readJsonObject(path2, missingCode) {
  if (!existsSync4(path2)) throw new WwError(missingCode, `${path2} not found`, { file: path2 });
  let parsed;
  try {
    parsed = JSON.parse(readFileSync3(path2, "utf8"));
  } catch (err) {
    throw new WwError("INPUT_INVALID", `${path2} is not valid JSON: ${err.message}`, { file: path2 }, { cause: err });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new WwError("INPUT_INVALID", `${path2} must hold a JSON object`, { file: path2 });
  }
  return parsed;
}
function tokenContent(value) {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && typeof value["content"] === "string") {
    return value["content"];
  }
  return null;
}
function loadTokenizer(dir) {
  const folder = resolve3(dir);
  const tokenizerPath = join4(folder, "tokenizer.json");
  if (!existsSync4(tokenizerPath)) {
    throw new WwError(
      "TOKENIZER_MISSING",
      `no tokenizer.json in ${folder}: pass --tokenizer DIR (a folder with tokenizer.json) or pre-tokenised ids with --ids FILE`,
      { file: tokenizerPath }
    );
  }
  const tokenizerJson = readJsonObject(tokenizerPath, "TOKENIZER_MISSING");
  const configPath = join4(folder, "tokenizer_config.json");
  const config = existsSync4(configPath) ? readJsonObject(configPath, "INPUT_INVALID") : {};
  let tokenizer;
  try {
    tokenizer = new Tokenizer_default(tokenizerJson, config);
  } catch (err) {
    throw new WwError("INPUT_INVALID", `${tokenizerPath} could not be loaded: ${err.message}`, { file: tokenizerPath }, { cause: err });
  }
  let maxId = -1;
  for (const id of tokenizer.get_vocab(true).values()) if (id > maxId) maxId = id;
  const idOf = (key) => {
    const content = tokenContent(config[key]);
    if (content === null) return null;
    return tokenizer.token_to_id(content) ?? null;
  };
  const bosId = idOf("bos_token");
  const eosId = idOf("eos_token");
  const addBos = typeof config["add_bos_token"] === "boolean" ? config["add_bos_token"] : null;
  const addEos = typeof config["add_eos_token"] === "boolean" ? config["add_eos_token"] : null;
  if (addBos === true && bosId === null || addEos === true && eosId === null) {
    const which = addBos === true && bosId === null ? "bos_token" : "eos_token";
    throw new WwError("INPUT_INVALID", `${configPath} asks to add ${which} but names no token of the vocabulary`, { file: configPath, key: which });
  }
  const encodeLine = (line) => {
    const ids = tokenizer.encode(line, { add_special_tokens: true }).ids.slice();
    if (addBos !== null && bosId !== null) {
      const has = ids[0] === bosId;
      if (addBos && !has) ids.unshift(bosId);
      if (!addBos && has) ids.shift();
    }
    if (addEos !== null && eosId !== null) {
      const has = ids.length > 0 && ids[ids.length - 1] === eosId;
      if (addEos && !has) ids.push(eosId);
      if (!addEos && has) ids.pop();
    }
    return ids;
  };
  return { encodeLine, vocabSize: maxId + 1, source: folder, bosId, eosId };
}
function evalLines(text) {
  return text.replace(/\r\n/g, "\n").split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
}
function tokenizeText(text, tokenizer, source = "text") {
  const lines = evalLines(text);
  if (lines.length === 0) {
    throw new WwError("EVAL_TEXT_EMPTY", `${source} has no non-empty line to evaluate`, { file: source });
  }
  const ids = [];
  for (const line of lines) for (const id of tokenizer.encodeLine(line)) ids.push(id);
  return ids;
}
function checkIdList(values, path2) {
  const ids = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
      throw new WwError("INPUT_INVALID", `${path2}: entry ${i} is ${JSON.stringify(v)}, expected a non-negative integer token id`, { file: path2, index: i });
    }
    ids[i] = v;
  }
  return ids;
}
function parseNpyIds(bytes, path2) {
  const bad = (why) => new WwError("INPUT_INVALID", `${path2} is not a usable .npy of token ids: ${why}`, { file: path2 });
  const magic = [147, 78, 85, 77, 80, 89];
  if (bytes.length < 10 || magic.some((b, i) => bytes[i] !== b)) throw bad("missing \\x93NUMPY magic");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const header = new TextDecoder("latin1").decode(bytes.subarray(headerStart, headerStart + headerLen));
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText === void 0) throw bad(`header ${JSON.stringify(header)} not understood`);
  const dims = shapeText.split(",").map((s) => s.trim()).filter((s) => s.length > 0).map(Number);
  const count = dims.reduce((a, b) => a * b, 1);
  if (fortran === "True" && dims.filter((d) => d > 1).length > 1) throw bad("Fortran-order arrays are not supported");
  const dataStart = headerStart + headerLen;
  const width = descr === "<i4" || descr === "|i4" ? 4 : descr === "<i8" || descr === "|i8" ? 8 : 0;
  if (width === 0) throw bad(`dtype ${descr}; expected little-endian int32 (<i4) or int64 (<i8)`);
  if (bytes.length < dataStart + count * width) throw bad(`data holds ${bytes.length - dataStart} bytes, shape needs ${count * width}`);
  const ids = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = width === 4 ? view.getInt32(dataStart + 4 * i, true) : Number(view.getBigInt64(dataStart + 8 * i, true));
    if (v < 0 || !Number.isSafeInteger(v)) throw bad(`entry ${i} is ${v}, expected a non-negative token id`);
    ids[i] = v;
  }
  return ids;
}
function readIdsFile(path2) {
  if (!existsSync4(path2)) throw new WwError("INPUT_INVALID", `ids file ${path2} not found`, { file: path2 });
  let ids;
  if (extname(path2).toLowerCase() === ".npy") {
    ids = parseNpyIds(readFileSync3(path2), path2);
  } else {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync3(path2, "utf8"));
    } catch (err) {
      throw new WwError("INPUT_INVALID", `${path2} is neither .npy nor a JSON array of token ids: ${err.message}`, { file: path2 }, { cause: err });
    }
    if (!Array.isArray(parsed)) throw new WwError("INPUT_INVALID", `${path2} must hold a JSON array of token ids`, { file: path2 });
    ids = checkIdList(parsed, path2);
  }
  if (ids.length === 0) throw new WwError("EVAL_TEXT_EMPTY", `${path2} holds no token ids`, { file: path2 });
  return ids;
}
function checkIdsInVocab(ids, vocabSize, source) {
  let maxId = -1;
  let at = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id > maxId) {
      maxId = id;
      at = i;
    }
  }
  if (maxId >= vocabSize) {
    throw new WwError(
      "TOKENIZER_MISMATCH",
      `token id ${maxId} (position ${at}, from ${source}) is outside the model's vocabulary of ${vocabSize} (logits dimension): the tokenizer does not belong to this model`,
      { maxId, vocabSize, position: at, source }
    );
  }
}

// src/engine/evaluate.ts
var DEFAULT_CONTEXT = 1024;
var AUTO_BATCH_LOGITS_BYTES = 64 * 1024 * 1024;
var AUTO_BATCH_MAX = 16;
function prepareTokens(input, modelPath) {
  const given = [input.text, input.textFile, input.ids, input.idsFile].filter((x) => x !== void 0).length;
  if (given !== 1) {
    throw new WwError("INPUT_INVALID", `give exactly one of text, text file, ids or ids file (got ${given})`, {});
  }
  if (input.idsFile !== void 0) return { tokens: readIdsFile(input.idsFile), source: input.idsFile };
  if (input.ids !== void 0) {
    const tokens = Array.from(input.ids);
    if (tokens.length === 0) throw new WwError("EVAL_TEXT_EMPTY", "the id list is empty", {});
    tokens.forEach((id, i) => {
      if (!Number.isInteger(id) || id < 0) throw new WwError("INPUT_INVALID", `token id ${id} at position ${i} is not a non-negative integer`, { position: i });
    });
    return { tokens, source: "ids" };
  }
  let text;
  let source;
  if (input.textFile !== void 0) {
    if (!existsSync5(input.textFile)) throw new WwError("INPUT_INVALID", `text file ${input.textFile} not found`, { file: input.textFile });
    text = readFileSync4(input.textFile, "utf8");
    source = input.textFile;
  } else {
    text = input.text;
    source = "text";
  }
  const tokenizer = loadTokenizer(input.tokenizerDir ?? dirname3(resolve4(modelPath)));
  return { tokens: tokenizeText(text, tokenizer, source), source: `${source} (tokenizer ${tokenizer.source})` };
}
function autoBatchSize(context, vocab) {
  return Math.max(1, Math.min(AUTO_BATCH_MAX, Math.floor(AUTO_BATCH_LOGITS_BYTES / (context * vocab * 4))));
}
async function evaluateTokens(modelPath, tokens, tokenSource, options = {}, onProgress) {
  const evalSession = await openSession(modelPath, {
    device: options.device ?? "auto",
    threads: options.threads ?? 0,
    graphOptimizationLevel: options.graphOptimizationLevel ?? "all"
  });
  try {
    const signature = sessionSignature(evalSession.session, evalSession.modelPath);
    const context = options.context ?? Math.min(DEFAULT_CONTEXT, signature.maxContext?.tokens ?? DEFAULT_CONTEXT);
    const stride = options.stride ?? context;
    checkContext(signature, context, evalSession.modelPath);
    const vocabSize = await resolveVocabSize(evalSession, signature);
    checkIdsInVocab(tokens, vocabSize, tokenSource);
    const batchSize = signature.fixedBatch ?? (options.batchSize !== void 0 && options.batchSize > 0 ? options.batchSize : autoBatchSize(context, vocabSize));
    const runner = createRunner(evalSession, signature, vocabSize);
    const scored = await scoreTokens(tokens, runner, { context, stride, maxTokens: options.maxTokens ?? 0, batchSize }, onProgress);
    const meanNll = scored.nllSum / scored.tokensScored;
    return {
      perplexity: Math.exp(meanNll),
      meanNll,
      tokensScored: scored.tokensScored,
      windows: scored.windows,
      seconds: scored.seconds,
      tokensPerSecond: scored.seconds > 0 ? scored.tokensScored / scored.seconds : 0,
      device: evalSession.device,
      deviceNote: evalSession.deviceNote,
      tokensTotal: tokens.length,
      context,
      stride,
      vocabSize,
      model: evalSession.modelPath
    };
  } finally {
    await evalSession.session.release();
  }
}
async function evaluatePerplexity(req) {
  const { tokens, source } = prepareTokens(req, req.modelPath);
  return evaluateTokens(req.modelPath, tokens, source, req.options, req.onProgress);
}
function comparePerplexity(a, b) {
  const absolute = b.perplexity - a.perplexity;
  return { a, b, delta: { absolute, relative: absolute / a.perplexity } };
}
async function evaluateComparison(req) {
  const { tokens, source } = prepareTokens(req, req.modelA);
  const a = await evaluateTokens(req.modelA, tokens, source, req.options, req.onProgress && ((p) => req.onProgress("a", p)));
  const options = { ...req.options, context: a.context, stride: a.stride };
  const b = await evaluateTokens(req.modelB, tokens, source, options, req.onProgress && ((p) => req.onProgress("b", p)));
  return comparePerplexity(a, b);
}

// src/cli/commands/eval.ts
init_errors();

// src/model/onnxBuilder.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname4, join as join5, resolve as resolve5 } from "node:path";
import { randomBytes } from "node:crypto";

// src/model/protobuf.ts
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var ProtobufError = class extends Error {
  constructor(message, truncated) {
    super(message);
    this.truncated = truncated;
    this.name = "ProtobufError";
  }
  truncated;
};
var textDecoder = new TextDecoder("utf-8", { fatal: false });
var textEncoder = new TextEncoder();
var ProtoReader = class _ProtoReader {
  constructor(buf, start = 0, end = buf.length) {
    this.buf = buf;
    if (start < 0 || end > buf.length || start > end) throw new ProtobufError(`bad window ${start}..${end} of ${buf.length}`, false);
    this.pos = start;
    this.end = end;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  buf;
  pos;
  end;
  view;
  get done() {
    return this.pos >= this.end;
  }
  /** Reads a field tag; returns field number and wire type. */
  tag() {
    const key = this.varint();
    const wire = key % 8;
    const field = Math.floor(key / 8);
    if (field === 0) throw new ProtobufError(`field number 0 at byte ${this.pos}`, false);
    if (wire !== 0 && wire !== 1 && wire !== 2 && wire !== 5) {
      throw new ProtobufError(`unsupported wire type ${wire} for field ${field}`, false);
    }
    return { field, wire };
  }
  /**
   * Unsigned varint as a number. Values above 2^53 lose precision; negative int64 (10-byte
   * varints) come out as large positive numbers: use `varintBig`/`int64` where sign matters.
   */
  varint() {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError("varint runs past the end of the message", true);
      const b = this.buf[this.pos++];
      result += (b & 127) * mul;
      if ((b & 128) === 0) return result;
      mul *= 128;
    }
    throw new ProtobufError("varint longer than 10 bytes", false);
  }
  /** Unsigned 64-bit varint as BigInt (exact). */
  varintBig() {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError("varint runs past the end of the message", true);
      const b = this.buf[this.pos++];
      result |= BigInt(b & 127) << shift;
      if ((b & 128) === 0) return BigInt.asUintN(64, result);
      shift += 7n;
    }
    throw new ProtobufError("varint longer than 10 bytes", false);
  }
  /** Signed int64 (two's complement varint) as a number; exact within +-2^53. */
  int64() {
    const start = this.pos;
    const v = this.varint();
    if (v <= Number.MAX_SAFE_INTEGER) return v;
    this.pos = start;
    return Number(BigInt.asIntN(64, this.varintBig()));
  }
  /** Length of a length-delimited field, checked against the message end. */
  length() {
    const n = this.varint();
    if (this.pos + n > this.end) {
      throw new ProtobufError(`length-delimited field of ${n} bytes runs past the end of the message`, true);
    }
    return n;
  }
  /** Length-delimited payload as a view (no copy). */
  bytes() {
    const n = this.length();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string() {
    return textDecoder.decode(this.bytes());
  }
  /** Sub-reader over the next length-delimited payload. */
  sub() {
    const n = this.length();
    const r = new _ProtoReader(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return r;
  }
  fixed32() {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  float() {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
  fixed64() {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }
  double() {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** Skips the payload of a field whose tag was just read. */
  skip(wire) {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.pos += 8;
        return;
      case WIRE_LEN: {
        const n = this.length();
        this.pos += n;
        return;
      }
      case WIRE_FIXED32:
        this.need(4);
        this.pos += 4;
        return;
    }
  }
  /** Reads a repeated int64 element, packed (wire 2) or not (wire 0), appending to `out`. */
  repeatedInt64(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64());
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64());
    } else throw new ProtobufError(`int64 field with wire type ${wire}`, false);
  }
  /** Repeated int32/uint32/enum/bool, packed or not. int32 negatives are sign-extended varints. */
  repeatedInt32(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64() | 0);
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64() | 0);
    } else throw new ProtobufError(`int32 field with wire type ${wire}`, false);
  }
  /** Repeated float (fixed32), packed or not. */
  repeatedFloat(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 4 !== 0) throw new ProtobufError("packed float field length is not a multiple of 4", false);
      while (!r.done) out.push(r.float());
    } else if (wire === WIRE_FIXED32) {
      out.push(this.float());
    } else throw new ProtobufError(`float field with wire type ${wire}`, false);
  }
  /** Repeated double (fixed64), packed or not. */
  repeatedDouble(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 8 !== 0) throw new ProtobufError("packed double field length is not a multiple of 8", false);
      while (!r.done) out.push(r.double());
    } else if (wire === WIRE_FIXED64) {
      out.push(this.double());
    } else throw new ProtobufError(`double field with wire type ${wire}`, false);
  }
  need(n) {
    if (this.pos + n > this.end) throw new ProtobufError(`fixed-size field runs past the end of the message`, true);
  }
};

// src/model/onnxBuilder.ts
var ONNX_DTYPE = {
  float32: 1,
  uint8: 2,
  int8: 3,
  int32: 6,
  int64: 7,
  bool: 9,
  float16: 10,
  float64: 11,
  bfloat16: 16
};
var ELEM_SIZE = {
  float32: 4,
  uint8: 1,
  int8: 1,
  int32: 4,
  int64: 8,
  bool: 1,
  float16: 2,
  float64: 8,
  bfloat16: 2
};
async function writeFileAtomic(path2, bytes) {
  const tmp = join5(dirname4(path2), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path2);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

// src/cli/commands/eval.ts
function integer(min2) {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min2) throw new InvalidArgumentError(`expected an integer >= ${min2}, got '${value}'`);
    return n;
  };
}
function progressReporter(label, stream) {
  let lastDecile = -1;
  return (p) => {
    const fraction = p.tokensTotal > 0 ? p.tokensScored / p.tokensTotal : 1;
    const done = p.windowsDone === p.windowsTotal;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${p.windowsDone}/${p.windowsTotal} windows${done ? "\n" : ""}`);
    } else {
      const decile = Math.floor(fraction * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${decile * 10}% (${p.tokensScored}/${p.tokensTotal} tokens)
`);
      }
    }
  };
}
function describe(label, r) {
  return [
    `${label}: ${r.model}`,
    `  perplexity ${r.perplexity.toFixed(4)} (mean NLL ${r.meanNll.toFixed(6)}; ${r.tokensScored} of ${r.tokensTotal} tokens scored in ${r.windows} windows, context ${r.context}, stride ${r.stride}, vocab ${r.vocabSize})`,
    `  ${r.device}: ${r.deviceNote}; ${r.seconds.toFixed(2)} s, ${Math.round(r.tokensPerSecond)} tokens/s`
  ].join("\n");
}
function describeComparison(c) {
  const sign = c.delta.absolute >= 0 ? "+" : "";
  return `${describe("a", c.a)}
${describe("b", c.b)}
delta (b - a): ${sign}${c.delta.absolute.toFixed(4)} perplexity (${sign}${(c.delta.relative * 100).toFixed(3)}%)`;
}
async function runEval(model, opts) {
  if (opts.text === void 0 === (opts.ids === void 0)) {
    throw new WwError("INPUT_INVALID", "give the evaluation input with exactly one of --text FILE or --ids FILE", {});
  }
  const options = { device: opts.device, graphOptimizationLevel: opts.graphOptimization };
  if (opts.context !== void 0) options.context = opts.context;
  if (opts.stride !== void 0) options.stride = opts.stride;
  if (opts.maxTokens !== void 0) options.maxTokens = opts.maxTokens;
  if (opts.batchSize !== void 0) options.batchSize = opts.batchSize;
  if (opts.threads !== void 0) options.threads = opts.threads;
  const input = {
    ...opts.text !== void 0 ? { textFile: opts.text } : {},
    ...opts.ids !== void 0 ? { idsFile: opts.ids } : {},
    ...opts.tokenizer !== void 0 ? { tokenizerDir: opts.tokenizer } : {}
  };
  let report;
  if (opts.compare !== void 0) {
    const bars = { a: progressReporter("a", process.stderr), b: progressReporter("b", process.stderr) };
    const comparison = await evaluateComparison({
      ...input,
      modelA: model,
      modelB: opts.compare,
      options,
      ...opts.progress ? { onProgress: (which, p) => bars[which](p) } : {}
    });
    process.stdout.write(describeComparison(comparison) + "\n");
    report = comparison;
  } else {
    const result = await evaluatePerplexity({
      ...input,
      modelPath: model,
      options,
      ...opts.progress ? { onProgress: progressReporter("eval", process.stderr) } : {}
    });
    process.stdout.write(describe("model", result) + "\n");
    report = result;
  }
  if (opts.json !== void 0) {
    const path2 = resolve6(opts.json);
    try {
      await writeFileAtomic(path2, new TextEncoder().encode(JSON.stringify(report, null, 2) + "\n"));
    } catch (err) {
      throw new WwError("IO", `could not write ${path2}: ${err.message}`, { file: path2 }, { cause: err });
    }
  }
}
function register(program2) {
  program2.command("eval").description("perplexity of a model (and of a second one with --compare, on the same tokens) with onnxruntime").argument("<model>", "ONNX model file").option("--compare <model2>", "second model to evaluate on the same tokens; reports the delta (model2 - model)").option("--text <file>", "evaluation text (UTF-8); lines are trimmed, empty lines dropped, each encoded with the tokenizer").option("--ids <file>", "pre-tokenised ids: a JSON array or a .npy (int32/int64)").option("--tokenizer <dir>", "folder with tokenizer.json (+ tokenizer_config.json); default: the model's folder").option("--context <n>", "tokens per window (default: min(model limit, 1024))", integer(2)).option("--stride <n>", "tokens between window starts (default: context)", integer(1)).option("--max-tokens <n>", "stop after scoring this many tokens (0 = all)", integer(0)).option("--batch-size <n>", "windows per model call (default: automatic)", integer(1)).addOption(new Option("--device <device>", "execution provider").choices(["auto", "cpu", "cuda"]).default("auto")).option("--threads <n>", "onnxruntime intra-op threads (0 = onnxruntime default)", integer(0)).addOption(new Option("--graph-optimization <level>", "onnxruntime graph optimisation level").choices(["disabled", "basic", "extended", "all"]).default("all")).option("--json <file>", "also write the result as JSON to this file").option("--no-progress", "no progress output on stderr").action(async (model, opts) => runEval(model, opts));
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/cli/commands/analyze.ts
import { extname as extname2, resolve as resolve8 } from "node:path";

// src/engine/analyze.ts
init_errors();

// src/spectral/numpy.ts
var PAIRWISE_BLOCK = 128;
function pairwise(a, start, n) {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i];
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3];
    let r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
    const end8 = n - n % 8;
    let i = 8;
    for (; i < end8; i += 8) {
      const p = start + i;
      r0 += a[p];
      r1 += a[p + 1];
      r2 += a[p + 2];
      r3 += a[p + 3];
      r4 += a[p + 4];
      r5 += a[p + 5];
      r6 += a[p + 6];
      r7 += a[p + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}
function npSum(a, start = 0, n = a.length - start) {
  return n <= 0 ? 0 : pairwise(a, start, n);
}
function npArange(start, stop, step) {
  const len2 = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Float64Array(len2);
  if (len2 === 0) return out;
  out[0] = start;
  if (len2 === 1) return out;
  const delta = start + step - start;
  for (let i = 1; i < len2; i++) out[i] = start + i * delta;
  return out;
}
function npLinspace(start, stop, num2) {
  const out = new Float64Array(num2);
  if (num2 === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (num2 - 1);
  for (let i = 0; i < num2; i++) out[i] = i * step + start;
  out[num2 - 1] = stop;
  return out;
}
function nanToNum(x) {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}

// src/spectral/detx.ts
function rescaleEigenvalues(evals) {
  const n = evals.length;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  const s2 = Wscale * Wscale;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = s2 * evals[i];
  return { values, Wscale };
}
function detX(evals) {
  const n = evals.length;
  const { values, Wscale } = rescaleEigenvalues(evals);
  let num2 = n;
  let idx = 0;
  if (n < 2 || !(values[0] < values[n - 1])) {
    num2 = 0;
    idx = 0;
  } else {
    let logSum = 0;
    for (idx = n - 1; idx >= 1; idx--) {
      logSum += Math.log(values[idx]);
      if (logSum < 0) {
        num2 = n - idx;
        break;
      }
    }
    if (idx < 1) idx = 1;
  }
  const rescaled = values[idx] ?? 0;
  return { detX_num: num2, detX_val: rescaled / (Wscale * Wscale), detX_val_unrescaled: rescaled };
}

// src/spectral/mp.ts
var MP_BANDWIDTH = 0.1;
var KDE_GRID = 1e3;
var DENSITY_THRESH = 0.01;
var PENALTY = 1e3;
function linearKde(sortedData, grid, h) {
  const n = sortedData.length;
  const out = new Float64Array(grid.length);
  let lo = 0;
  for (let g = 0; g < grid.length; g++) {
    const xg = grid[g];
    while (lo < n && sortedData[lo] <= xg - h) lo++;
    let s = 0;
    for (let k = lo; k < n; k++) {
      const d = Math.abs(xg - sortedData[k]);
      if (sortedData[k] >= xg + h) break;
      if (d < h) s += 1 - d / h;
    }
    out[g] = s / (h * n);
  }
  return out;
}
function densityTarget(toFit, bw) {
  const sorted = Float64Array.from(toFit).sort();
  const grid = npLinspace(0, sorted[sorted.length - 1] + 0.5, KDE_GRID);
  const dens = linearKde(sorted, grid, bw);
  const xs = [];
  const ys = [];
  let dropped = 0;
  for (let g = 0; g < grid.length; g++) {
    if (dens[g] > DENSITY_THRESH) {
      xs.push(grid[g]);
      ys.push(dens[g]);
    } else if (dens[g] < DENSITY_THRESH) dropped++;
  }
  let peak = 0;
  for (let k = 1; k < ys.length; k++) if (ys[k] > ys[peak]) peak = k;
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    dropped,
    xPeak: xs[peak] ?? NaN,
    xLast: xs.length > 0 ? Math.max(...xs) : NaN
  };
}
function residual(sigma, Q, t) {
  const m = t.x.length;
  const sq = new Float64Array(m + t.dropped);
  if (Q === 1) {
    const amp = 1 / (Math.PI * sigma * sigma);
    for (let k = 0; k < m; k++) {
      const x = t.x[k];
      const r = nanToNum(amp * Math.sqrt(4 - x * x)) - t.y[k];
      sq[k] = r * r;
    }
  } else {
    const y = 1 / Q;
    const rq = Math.sqrt(1 / Q);
    const bb = sigma * (1 + rq);
    const aa = sigma * (1 - rq);
    const b = bb * bb;
    const a = aa * aa;
    if (b < t.xPeak || b > t.xLast || a > t.xPeak) {
      for (let k = 0; k < m; k++) sq[k] = PENALTY * PENALTY;
    } else {
      const c = 2 * Math.PI * sigma * sigma;
      for (let k = 0; k < m; k++) {
        const x = t.x[k];
        const r = nanToNum(1 / (c * x * y) * Math.sqrt((b - x) * (x - a))) - t.y[k];
        sq[k] = r * r;
      }
    }
  }
  return npSum(sq);
}
var MaxEvaluations = class extends Error {
};
function neldermead1d(f, x0, xatol = 1e-4, fatol = 1e-4, maxIter = 200, maxFev = 200) {
  let calls = 0;
  const fn = (x) => {
    if (calls >= maxFev) throw new MaxEvaluations();
    calls++;
    return f(x);
  };
  let s0 = x0;
  let s1 = x0 !== 0 ? 1.05 * x0 : 25e-5;
  let f0 = Infinity;
  let f1 = Infinity;
  try {
    f0 = fn(s0);
    f1 = fn(s1);
  } catch (e) {
    if (!(e instanceof MaxEvaluations)) throw e;
  }
  const order = () => {
    if (f1 < f0 || Number.isNaN(f0) && !Number.isNaN(f1)) {
      [s0, s1] = [s1, s0];
      [f0, f1] = [f1, f0];
    }
  };
  order();
  let iterations = 1;
  while (calls < maxFev && iterations < maxIter) {
    try {
      if (Math.abs(s1 - s0) <= xatol && Math.abs(f0 - f1) <= fatol) break;
      const xbar = s0;
      const xr = 2 * xbar - s1;
      const fxr = fn(xr);
      if (fxr < f0) {
        const xe = 3 * xbar - 2 * s1;
        const fxe = fn(xe);
        if (fxe < fxr) {
          s1 = xe;
          f1 = fxe;
        } else {
          s1 = xr;
          f1 = fxr;
        }
      } else {
        let shrink = false;
        if (fxr < f1) {
          const xc = 1.5 * xbar - 0.5 * s1;
          const fxc = fn(xc);
          if (fxc <= fxr) {
            s1 = xc;
            f1 = fxc;
          } else shrink = true;
        } else {
          const xcc = 0.5 * xbar + 0.5 * s1;
          const fxcc = fn(xcc);
          if (fxcc < f1) {
            s1 = xcc;
            f1 = fxcc;
          } else shrink = true;
        }
        if (shrink) {
          s1 = s0 + 0.5 * (s1 - s0);
          f1 = fn(s1);
        }
      }
      iterations++;
    } catch (e) {
      if (!(e instanceof MaxEvaluations)) throw e;
    }
    order();
  }
  return s0;
}
function fitMpSigma(rescaled, Q, bw = MP_BANDWIDTH) {
  let lmax = -Infinity;
  for (let i = 0; i < rescaled.length; i++) if (rescaled[i] > lmax) lmax = rescaled[i];
  const invSqQ = 1 / Math.sqrt(Q);
  const s0 = Math.sqrt(lmax / ((1 + invSqQ) * (1 + invSqQ)));
  const grid = npArange(0.05 * s0, 2 * s0, 0.01 * s0);
  const toFit = Q === 1 ? rescaled.map(Math.sqrt) : rescaled;
  const target = densityTarget(toFit, bw);
  const f = (s) => residual(s, Q, target);
  let best = 0;
  let bestF = Infinity;
  for (let g = 0; g < grid.length; g++) {
    const v = f(grid[g]);
    if (v < bestF || Number.isNaN(v) && !Number.isNaN(bestF) || g === 0) {
      best = g;
      bestF = v;
    }
    if (Number.isNaN(bestF)) break;
  }
  return neldermead1d(f, grid[best]);
}
function failedMp() {
  return { num_spikes: -1, sigma_mp: -1, mp_softrank: -1, bulk_max: -1, bulk_min: -1, W_scale: -1 };
}
function mpFit(evals, N, M) {
  const n = evals.length;
  if (n === 0) return failedMp();
  const Q = N / M;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  if (!Number.isFinite(Wscale) || Wscale <= 0) return failedMp();
  const s2 = Wscale * Wscale;
  const rescaled = new Float64Array(n);
  let lmax = -Infinity;
  for (let i = 0; i < n; i++) {
    rescaled[i] = s2 * evals[i];
    if (rescaled[i] > lmax) lmax = rescaled[i];
  }
  const sigma = fitMpSigma(rescaled, Q);
  const up = sigma * (1 + 1 / Math.sqrt(Q));
  const down = sigma * (1 - 1 / Math.sqrt(Q));
  const bulkMax = up * up;
  const bulkMin = down * down;
  const TW = 1 / Math.sqrt(Q) * Math.pow(bulkMax, 2 / 3) * Math.pow(M, -2 / 3);
  const edge = bulkMax + Math.sqrt(TW);
  let spikes = 0;
  for (let i = 0; i < n; i++) if (rescaled[i] > edge) spikes++;
  const out = {
    num_spikes: spikes,
    sigma_mp: sigma,
    mp_softrank: bulkMax / lmax,
    bulk_max: bulkMax / s2,
    bulk_min: bulkMin / s2,
    W_scale: Wscale
  };
  return Object.values(out).every(Number.isFinite) ? out : failedMp();
}

// src/spectral/norms.ts
var ENTROPY_EPSILON = 1e-10;
var WEAK_RANK_TOLERANCE = 1e-6;
var EPS64 = 2220446049250313e-31;
function normMetrics(evals, alpha, N) {
  const M = evals.length;
  const norm = npSum(evals);
  let spectral = -Infinity;
  for (let i = 0; i < M; i++) if (evals[i] > spectral) spectral = evals[i];
  const powered = new Float64Array(M);
  for (let i = 0; i < M; i++) powered[i] = Math.pow(evals[i], alpha);
  const sv = new Float64Array(M);
  for (let i = 0; i < M; i++) sv[i] = Math.sqrt(Math.max(evals[i], 0));
  let svMax = 0;
  let svMin = Infinity;
  for (let i = 0; i < M; i++) {
    if (sv[i] > svMax) svMax = sv[i];
    if (sv[i] < svMin) svMin = sv[i];
  }
  const tol = svMax * N * EPS64;
  const gramNoise = 4 * M * EPS64 * spectral;
  let rank = 0;
  for (let i = 0; i < M; i++) if (sv[i] > tol && evals[i] > gramNoise) rank++;
  const ev2 = new Float64Array(M);
  for (let i = 0; i < M; i++) ev2[i] = sv[i] * sv[i];
  const total2 = npSum(ev2);
  const plogp = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const p = ev2[i] / total2 + ENTROPY_EPSILON;
    plogp[i] = p * Math.log(p);
  }
  const entropy = -npSum(plogp) / Math.log(rank + ENTROPY_EPSILON);
  let weak = 0;
  for (let i = 0; i < M; i++) if (evals[i] < WEAK_RANK_TOLERANCE) weak++;
  const logSpectral = Math.log10(spectral);
  return {
    norm,
    log_norm: Math.log10(norm),
    spectral_norm: spectral,
    log_spectral_norm: logSpectral,
    alpha_weighted: alpha * logSpectral,
    log_alpha_norm: Math.log10(npSum(powered)),
    stable_rank: norm / spectral,
    entropy,
    matrix_rank: rank,
    lambda_max: spectral,
    sv_max: svMax,
    sv_min: M > 0 ? svMin : 0,
    num_evals: M,
    weak_rank_loss: weak,
    rank_loss: M - rank
  };
}

// src/spectral/powerlaw.ts
var EVALS_THRESH = 1e-5;
var OVER_TRAINED_THRESH = 2;
var UNDER_TRAINED_THRESH = 6;
function trainingWarning(alpha, status) {
  if (status !== "success") return "";
  if (alpha < OVER_TRAINED_THRESH) return "over-trained";
  if (alpha > UNDER_TRAINED_THRESH) return "under-trained";
  return "";
}
function failedFit() {
  return { alpha: -1, xmin: -1, xmax: -1, D: -1, sigma: -1, num_pl_spikes: -1, status: "failed", warning: "" };
}
function ksDistance(x, i, alpha, bound) {
  const n = x.length;
  const m = n - i;
  const xmin = x[i];
  const expo = -alpha + 1;
  if (bound !== Infinity && m > 64) {
    const stride = Math.floor(m / 32);
    for (let t = stride; t < m; t += stride) {
      const dev = Math.abs(1 - Math.pow(x[i + t] / xmin, expo) - t / m);
      if (dev > bound) return dev;
    }
  }
  let best = 0;
  for (let t = 0; t < m; t++) {
    const dev = Math.abs(1 - Math.pow(x[i + t] / xmin, expo) - t / m);
    if (dev > best) {
      best = dev;
      if (best > bound) return best;
    }
  }
  return best;
}
function powerLawFit(evals, opts = {}) {
  const thresh = opts.thresh ?? EVALS_THRESH;
  let count = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k] > thresh) count++;
  if (count < 2) return failedFit();
  const x = new Float64Array(count);
  for (let k = 0, j = 0; k < evals.length; k++) if (evals[k] > thresh) x[j++] = evals[k];
  x.sort();
  const n = x.length;
  const logs = new Float64Array(n);
  for (let k = 0; k < n; k++) logs[k] = Math.log(x[k]);
  const candidates = n - 1;
  const alphas = new Float64Array(candidates);
  for (let i = 0; i < candidates; i++) {
    const m = n - i;
    alphas[i] = 1 + m / (npSum(logs, i, m) - m * logs[i]);
  }
  let bestI = -1;
  let bestD = Infinity;
  const consider = (i, exact) => {
    const a = alphas[i];
    let d;
    if (a > 1) {
      d = ksDistance(x, i, a, exact ? Infinity : bestD);
      if (d > bestD) return;
    } else d = 1;
    if (d < bestD || d === bestD && i < bestI || bestI < 0) {
      bestD = d;
      bestI = i;
    }
  };
  const coarse = Math.max(1, Math.floor(candidates / 64));
  for (let i = 0; i < candidates; i += coarse) consider(i, true);
  for (let i = 0; i < candidates; i++) if (i % coarse !== 0) consider(i, false);
  const alpha = alphas[bestI];
  if (!Number.isFinite(alpha)) return failedFit();
  const xmin = x[bestI];
  let numPl = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k] >= xmin) numPl++;
  return {
    alpha,
    xmin,
    xmax: x[n - 1],
    D: bestD,
    sigma: (alpha - 1) / Math.sqrt(n - bestI),
    num_pl_spikes: numPl,
    status: "success",
    warning: trainingWarning(alpha, "success")
  };
}

// src/spectral/randomize.ts
var Xoshiro128 = class {
  s0;
  s1;
  s2;
  s3;
  constructor(seed) {
    let x = seed >>> 0;
    const next = () => {
      x = x + 2654435769 >>> 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** Next uniform 32-bit unsigned integer. */
  nextUint32() {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = s1 << 9 >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** Unbiased integer in [0, bound), 1 <= bound <= 2^32 (rejection of the short top range). */
  below(bound) {
    const threshold = (4294967296 - bound) % bound;
    for (; ; ) {
      const r = this.nextUint32();
      if (r >= threshold) return r % bound;
    }
  }
};
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}
function layerSeed(seed, layerName) {
  return (hashString(layerName) ^ Math.imul(seed >>> 0, 2654435761)) >>> 0;
}
function shuffleMatrix(W, rng) {
  const d = Float64Array.from(W.data);
  for (let i = d.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = d[i];
    d[i] = d[j];
    d[j] = t;
  }
  return { rows: W.rows, cols: W.cols, data: d };
}
function relativeEntropy(p, q) {
  const sp = npSum(p);
  const sq = npSum(q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    terms[i] = a > 0 && b > 0 ? a * Math.log(a / b) : a === 0 && b >= 0 ? 0 : Infinity;
  }
  return npSum(terms);
}
function jensenShannonDistance(p, q) {
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: lengths differ (${p.length} vs ${q.length})`);
  const m = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) m[i] = (p[i] + q[i]) / 2;
  return Math.sqrt((relativeEntropy(p, m) + relativeEntropy(q, m)) / 2);
}
async function randomizedEsd(W, evals, engine, opts) {
  const rng = new Xoshiro128(layerSeed(opts.seed, opts.layerName));
  const nComp = evals.length;
  const replicas = nComp < 100 ? 5 : 1;
  const pooled = new Float64Array(nComp * replicas);
  let first = null;
  for (let r = 0; r < replicas; r++) {
    const ev = await engine.gramEigenvalues(shuffleMatrix(W, rng));
    if (first === null) first = ev;
    pooled.set(ev, r * nComp);
  }
  pooled.sort();
  const single = replicas > 1 ? await engine.gramEigenvalues(shuffleMatrix(W, rng)) : first;
  let maxEval = -Infinity;
  for (let i = 0; i < evals.length; i++) if (evals[i] > maxEval) maxEval = evals[i];
  let maxSingle = -Infinity;
  for (let i = 0; i < single.length; i++) if (single[i] > maxSingle) maxSingle = single[i];
  const metrics = {
    rand_distance: jensenShannonDistance(evals, single),
    ww_softrank: maxSingle / maxEval,
    ww_maxdist: maxEval - maxSingle,
    max_rand_eval: pooled[pooled.length - 1]
  };
  if (opts.mpFit !== false) {
    const mp = mpFit(pooled, opts.N, opts.M);
    metrics.rand_num_spikes = mp.num_spikes;
    metrics.rand_sigma_mp = mp.sigma_mp;
    metrics.rand_mp_softrank = mp.mp_softrank;
    metrics.rand_bulk_max = mp.bulk_max;
    metrics.rand_bulk_min = mp.bulk_min;
    metrics.rand_W_scale = mp.W_scale;
  }
  return { metrics, randEvals: pooled };
}

// src/spectral/layer.ts
function spectrumMetrics(evals, N, M, opts) {
  const pl = powerLawFit(evals);
  const out = { N, M, Q: N / M, ...pl, ...normMetrics(evals, pl.alpha, N) };
  if (opts.mpFit) Object.assign(out, mpFit(evals, N, M));
  if (opts.detX) Object.assign(out, detX(evals));
  return out;
}
async function layerMetrics(W, evals, engine, layerName, opts) {
  const N = Math.max(W.rows, W.cols);
  const M = Math.min(W.rows, W.cols);
  const out = spectrumMetrics(evals, N, M, opts);
  if (opts.randomize) {
    const r = await randomizedEsd(W, evals, engine, { seed: opts.seed, layerName, N, M, mpFit: opts.mpFit });
    Object.assign(out, r.metrics);
  }
  return out;
}

// src/spectral/summary.ts
var SUMMARY_METRICS = ["log_norm", "alpha", "alpha_weighted", "log_alpha_norm", "log_spectral_norm", "stable_rank", "mp_softrank"];
function means(rows) {
  const out = {};
  for (const key of SUMMARY_METRICS) {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const v = r[key];
      if (typeof v === "number" && !Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    out[key] = n > 0 ? sum / n : null;
  }
  return out;
}
function summarize(rows) {
  const ok = rows.filter((r) => r.status === "success");
  return {
    ww: means(rows),
    successful: means(ok),
    layers: rows.length,
    failedFits: rows.length - ok.length,
    overTrained: rows.filter((r) => r.warning === "over-trained").length,
    underTrained: rows.filter((r) => r.warning === "under-trained").length
  };
}

// src/spectral/types.ts
var DEFAULT_ANALYZE_OPTIONS = {
  minEvals: 10,
  maxEvals: 15e3,
  maxN: 5e4,
  mpFit: true,
  detX: true,
  randomize: true,
  seed: 42
};
var ANALYZE_REPORT_SCHEMA_VERSION = 1;

// src/engine/analyze.ts
var GLOB_CHARS = /[*?]/;
function globToRegExp(glob) {
  let re = "";
  for (const ch of glob) {
    if (ch === "*") re += ".*";
    else if (ch === "?") re += ".";
    else re += ch.replace(/[.+^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function parseLayerSpec(spec) {
  const parts = spec.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) throw new WwError("INPUT_INVALID", `--layers: empty layer selection "${spec}"`, { spec });
  const tests = parts.map((part) => {
    const rx = /^\/(.*)\/([a-z]*)$/.exec(part);
    if (rx) {
      let re;
      try {
        re = new RegExp(rx[1], rx[2]);
      } catch (e) {
        throw new WwError("INPUT_INVALID", `--layers: invalid regular expression ${part}: ${e.message}`, { spec: part });
      }
      return (l) => re.test(l.name);
    }
    const range = /^(-?\d*):(-?\d*)$/.exec(part);
    if (range) {
      const lo = range[1] === "" ? -Infinity : Number(range[1]);
      const hi = range[2] === "" ? Infinity : Number(range[2]);
      return (l) => l.index >= lo && l.index < hi;
    }
    if (/^\d+$/.test(part)) {
      const idx = Number(part);
      return (l) => l.index === idx;
    }
    if (GLOB_CHARS.test(part)) {
      const re = globToRegExp(part);
      return (l) => re.test(l.name);
    }
    return (l) => l.name === part;
  });
  return (l) => tests.some((t) => t(l));
}
function toPredicate(filter) {
  if (filter === void 0) return () => true;
  if (typeof filter === "function") return filter;
  const names = new Set(filter);
  return (l) => names.has(l.name);
}
function identityOf(l) {
  return {
    index: l.index,
    name: l.name,
    role: l.role,
    block: l.block,
    dtype: l.dtype,
    storedShape: [l.storedShape[0], l.storedShape[1]],
    inFeatures: l.inFeatures,
    outFeatures: l.outFeatures
  };
}
function skipReason(N, M, opts) {
  if (opts.minEvals && M < opts.minEvals) return { code: "MIN_EVALS", message: `${M} eigenvalues < minEvals ${opts.minEvals}` };
  if (opts.maxEvals && M > opts.maxEvals) return { code: "MAX_EVALS", message: `${M} eigenvalues > maxEvals ${opts.maxEvals}` };
  if (N > opts.maxN) return { code: "MAX_N", message: `N = ${N} > maxN ${opts.maxN}` };
  return null;
}
function firstNonFinite(W) {
  const d = W.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return i;
  return -1;
}
async function analyzeModel(model, opts) {
  const options = { ...DEFAULT_ANALYZE_OPTIONS, ...opts.analyze };
  if (options.minEvals >= options.maxEvals) {
    throw new WwError("INPUT_INVALID", `analyze: minEvals (${options.minEvals}) must be below maxEvals (${options.maxEvals})`, { ...options });
  }
  const started = performance.now();
  const select = toPredicate(opts.layers);
  const selected = model.layers.filter(select);
  const filteredOut = model.layers.length - selected.length;
  const layers = [];
  const skipped = model.skipped.map((s) => ({
    index: null,
    name: s.name,
    N: null,
    M: null,
    reason: { code: "NOT_DENSE", message: s.reason }
  }));
  let readSeconds = 0;
  let eigenSeconds = 0;
  let metricsSeconds = 0;
  for (let k = 0; k < selected.length; k++) {
    const layer = selected[k];
    const N = Math.max(layer.inFeatures, layer.outFeatures);
    const M = Math.min(layer.inFeatures, layer.outFeatures);
    const skip = skipReason(N, M, options);
    if (skip) {
      skipped.push({ index: layer.index, name: layer.name, N, M, reason: skip });
    } else {
      const t0 = performance.now();
      const fail = (code, message) => {
        layers.push({ ...identityOf(layer), status: "failed", reason: { code, message }, metrics: null, seconds: (performance.now() - t0) / 1e3 });
      };
      let W = null;
      try {
        W = await model.readMatrix(layer);
      } catch (e) {
        if (!WwError.is(e, "NON_FINITE")) throw e;
        fail("NON_FINITE", e.message);
      }
      const t1 = performance.now();
      readSeconds += (t1 - t0) / 1e3;
      if (W !== null) {
        const bad = firstNonFinite(W);
        if (bad >= 0) {
          const r = Math.floor(bad / W.cols);
          fail("NON_FINITE", `${layer.name}: weight [${r}, ${bad - r * W.cols}] is ${W.data[bad]} (NaN/Inf); layer not analysed`);
        } else {
          const evals = await opts.engine.gramEigenvalues(W);
          const t2 = performance.now();
          eigenSeconds += (t2 - t1) / 1e3;
          let total = 0;
          for (let i = 0; i < evals.length; i++) total += evals[i];
          if (!(total > 0)) {
            fail("ZERO_SPECTRUM", `${layer.name}: all singular values are zero; no spectrum to fit`);
          } else {
            const metrics = await layerMetrics(W, evals, opts.engine, layer.name, options);
            metricsSeconds += (performance.now() - t2) / 1e3;
            layers.push({ ...identityOf(layer), status: "analyzed", reason: null, metrics, seconds: (performance.now() - t0) / 1e3 });
          }
        }
      }
      W = null;
    }
    opts.onProgress?.({ done: k + 1, total: selected.length, layer: layer.name, elapsedSeconds: (performance.now() - started) / 1e3 });
  }
  const analysed = layers.map((l) => l.metrics).filter((m) => m !== null);
  return {
    schemaVersion: ANALYZE_REPORT_SCHEMA_VERSION,
    model: { path: model.path, format: model.format, ...opts.sha256 ? { sha256: opts.sha256 } : {} },
    options,
    engine: opts.engine.name,
    layers,
    skipped,
    filteredOut,
    summary: summarize(analysed),
    timings: { totalSeconds: (performance.now() - started) / 1e3, readSeconds, eigenSeconds, metricsSeconds }
  };
}

// src/cli/commands/analyze.ts
init_errors();

// src/linalg/engine.ts
init_errors();

// src/linalg/js/gram.ts
function shortSideGram(W) {
  const { rows, cols, data } = W;
  if (rows >= cols) {
    const n2 = cols;
    const g2 = new Float64Array(n2 * n2);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      for (let i = 0; i < n2; i++) {
        const wi = data[base + i];
        if (wi === 0) continue;
        const gi = i * n2;
        for (let j = i; j < n2; j++) g2[gi + j] = g2[gi + j] + wi * data[base + j];
      }
    }
    mirrorUpper(g2, n2);
    return { gram: g2, n: n2, side: "cols" };
  }
  const n = rows;
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const bi = i * cols;
    for (let j = i; j < n; j++) {
      const bj = j * cols;
      let s = 0;
      for (let c = 0; c < cols; c++) s += data[bi + c] * data[bj + c];
      g[i * n + j] = s;
    }
  }
  mirrorUpper(g, n);
  return { gram: g, n, side: "rows" };
}
function mirrorUpper(g, n) {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) g[j * n + i] = g[i * n + j];
}

// src/linalg/js/symmetricEigen.ts
function symmetricEigen(a, n, wantVectors) {
  if (a.length !== n * n) throw new RangeError(`symmetricEigen: expected ${n * n} elements, got ${a.length}`);
  if (n === 0) return { values: new Float64Array(0), vectors: wantVectors ? new Float64Array(0) : null };
  const V = Float64Array.from(a);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalize(V, n, d, e, wantVectors);
  implicitQl(V, n, d, e, wantVectors);
  return sortAscending(d, wantVectors ? V : null, n);
}
function tridiagonalize(V, n, d, e, accumulate) {
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
        V[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = d[k] / scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        V[j * n + i] = f;
        g = e[j] + V[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          const vkj = V[k * n + j];
          g += vkj * d[k];
          e[k] = e[k] + vkj * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j] / h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j] - hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) V[k * n + j] = V[k * n + j] - (f * e[k] + g * d[k]);
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  if (accumulate) {
    for (let i = 0; i < n - 1; i++) {
      V[(n - 1) * n + i] = V[i * n + i];
      V[i * n + i] = 1;
      const h = d[i + 1];
      if (h !== 0) {
        for (let k = 0; k <= i; k++) d[k] = V[k * n + i + 1] / h;
        for (let j = 0; j <= i; j++) {
          let g = 0;
          for (let k = 0; k <= i; k++) g += V[k * n + i + 1] * V[k * n + j];
          for (let k = 0; k <= i; k++) V[k * n + j] = V[k * n + j] - g * d[k];
        }
      }
      for (let k = 0; k <= i; k++) V[k * n + i + 1] = 0;
    }
    for (let j = 0; j < n; j++) {
      d[j] = V[(n - 1) * n + j];
      V[(n - 1) * n + j] = 0;
    }
    V[(n - 1) * n + (n - 1)] = 1;
  } else {
    for (let j = 0; j < n; j++) d[j] = V[j * n + j];
  }
  e[0] = 0;
}
function implicitQl(V, n, d, e, rotate) {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 200) throw new Error(`implicit QL did not converge at index ${l}`);
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] = d[i] - h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (rotate) {
            for (let k = 0; k < n; k++) {
              const vk = k * n;
              h = V[vk + i + 1];
              V[vk + i + 1] = s * V[vk + i] + c * h;
              V[vk + i] = c * V[vk + i] - s * h;
            }
          }
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] = d[l] + f;
    e[l] = 0;
  }
}
function sortAscending(d, V, n) {
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[x] - d[y]);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = d[order[i]];
  if (V === null) return { values, vectors: null };
  const vectors = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    const src = order[c];
    for (let r = 0; r < n; r++) vectors[r * n + c] = V[r * n + src];
  }
  return { values, vectors };
}

// src/linalg/engine.ts
async function getEngine(opts = {}) {
  void opts;
  return jsEngine();
}
function jsEngine() {
  return {
    name: "js",
    async gramEigenvalues(W) {
      return gramEigenvaluesJs(W);
    },
    async truncatedSvd(W, k) {
      return truncatedSvdJs(W, k);
    },
    async dispose() {
    }
  };
}
function gramEigenvaluesJs(W) {
  const { gram, n } = shortSideGram(W);
  const { values } = symmetricEigen(gram, n, false);
  for (let i = 0; i < values.length; i++) if (values[i] < 0) values[i] = 0;
  return values;
}
function truncatedSvdJs(W, k) {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { gram, n, side } = shortSideGram(W);
  const { vectors } = symmetricEigen(gram, n, true);
  const vec = vectors;
  const short = new Float64Array(n * k);
  for (let j = 0; j < k; j++) {
    const src = n - 1 - j;
    for (let r = 0; r < n; r++) short[r * k + j] = vec[r * n + src];
  }
  const longLen = side === "cols" ? W.rows : W.cols;
  const long = new Float64Array(longLen * k);
  const { rows, cols, data } = W;
  if (side === "cols") {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[r * k + j] = long[r * k + j] + w * short[c * k + j];
      }
    }
  } else {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[c * k + j] = long[c * k + j] + w * short[r * k + j];
      }
    }
  }
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let r = 0; r < longLen; r++) s += long[r * k + j] ** 2;
    S[j] = Math.sqrt(s);
  }
  orthonormalizeColumns(long, longLen, k);
  const U = side === "cols" ? long : short;
  const V = side === "cols" ? short : long;
  const Vt = new Float64Array(k * cols);
  for (let j = 0; j < k; j++) for (let c = 0; c < cols; c++) Vt[j * cols + c] = V[c * k + j];
  return { U: { rows, cols: k, data: U }, S, Vt: { rows: k, cols, data: Vt } };
}
function orthonormalizeColumns(a, m, k) {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < m; r++) dot += a[r * k + i] * a[r * k + j];
        for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j] - dot * a[r * k + i];
      }
      let norm = 0;
      for (let r = 0; r < m; r++) norm += a[r * k + j] ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j] / norm;
    }
  }
}

// src/model/onnx.ts
init_errors();
import { open, realpath, stat } from "node:fs/promises";
import { dirname as dirname5, isAbsolute, relative, resolve as resolve7, sep } from "node:path";

// src/model/fileCursor.ts
var DEFAULT_WINDOW = 1 << 20;
var FileCursor = class {
  constructor(fh, size, window = DEFAULT_WINDOW) {
    this.fh = fh;
    this.size = size;
    this.buf = new Uint8Array(window);
  }
  fh;
  size;
  /** Absolute file position of the next byte to decode. */
  pos = 0;
  buf;
  bufStart = 0;
  bufLen = 0;
  /** Makes bytes [pos, pos+n) available in the window (fewer at end of file). Returns how many are. */
  async fill(n) {
    const want = Math.min(n, this.size - this.pos);
    if (this.pos >= this.bufStart && this.pos + want <= this.bufStart + this.bufLen) return want;
    if (this.buf.length < want) this.buf = new Uint8Array(want);
    const len2 = Math.min(this.buf.length, this.size - this.pos);
    let got = 0;
    while (got < len2) {
      const { bytesRead } = await this.fh.read(this.buf, got, len2 - got, this.pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.bufStart = this.pos;
    this.bufLen = got;
    return Math.min(want, got);
  }
  /** Decodes a varint at pos (must end before `limit`). */
  async varint(limit) {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const v = this.decode(() => r.varint(), limit);
    this.pos = this.bufStart + r.pos;
    return v;
  }
  async tag(limit) {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const t = this.decode(() => r.tag(), limit);
    this.pos = this.bufStart + r.pos;
    return t;
  }
  /** Length prefix of a length-delimited field, checked against `limit`. */
  async length(limit) {
    const n = await this.varint(limit);
    if (this.pos + n > limit) {
      throw new ProtobufError(`field of ${n} bytes at byte ${this.pos} runs past its end (${limit})`, limit >= this.size);
    }
    return n;
  }
  /** Returns a copy of the next n bytes and advances. */
  async bytes(n) {
    const got = await this.fill(n);
    if (got < n) throw new ProtobufError(`file ends inside a field at byte ${this.pos}`, true);
    const start = this.pos - this.bufStart;
    const out = this.buf.slice(start, start + n);
    this.pos += n;
    return out;
  }
  /** Skips a field payload of the given wire type (tag already read). */
  async skip(wire, limit) {
    switch (wire) {
      case 0:
        await this.varint(limit);
        return;
      case 1:
        this.advance(8, limit);
        return;
      case 2: {
        const n = await this.length(limit);
        this.pos += n;
        return;
      }
      case 5:
        this.advance(4, limit);
        return;
    }
  }
  /** Runs a decode step; running out of bytes counts as truncation only when the limit is the end of the file. */
  decode(step, limit) {
    try {
      return step();
    } catch (e) {
      if (e instanceof ProtobufError) throw new ProtobufError(`${e.message} (at byte ${this.pos})`, e.truncated && limit >= this.size);
      throw e;
    }
  }
  advance(n, limit) {
    if (this.pos + n > limit) throw new ProtobufError(`field runs past its end at byte ${this.pos}`, limit >= this.size);
    this.pos += n;
  }
};

// src/model/layers.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float16", "bfloat16", "float64"]);
var QUANTIZED_OPS = /* @__PURE__ */ new Set([
  "MatMulNBits",
  "QLinearMatMul",
  "MatMulInteger",
  "DynamicQuantizeMatMul",
  "MatMulIntegerToFloat",
  "QGemm",
  "QAttention",
  "MatMulFpQ4",
  "MatMulBnb4",
  "QOrderedMatMul",
  "QLinearConv",
  "DequantizeLinear",
  "GatherBlockQuantized",
  "DynamicQuantizeLSTM",
  "QLinearAdd"
]);
function denseUsages(node, isConst) {
  const ms = node.domain === "com.microsoft";
  const attr = (k) => node.attributes.get(k)?.i ?? 0;
  if (node.domain === "" && node.opType === "MatMul") {
    if (node.inputs.length >= 2 && isConst(node.inputs[1])) return [{ inputIndex: 1, opTransposed: false }];
    if (node.inputs.length >= 2 && isConst(node.inputs[0])) return [{ inputIndex: 0, opTransposed: true }];
    return [];
  }
  if (node.domain === "" && node.opType === "Gemm" || ms && node.opType === "FusedMatMul") {
    if (node.inputs.length >= 2 && isConst(node.inputs[1])) return [{ inputIndex: 1, opTransposed: attr("transB") === 1 }];
    if (node.inputs.length >= 2 && isConst(node.inputs[0])) return [{ inputIndex: 0, opTransposed: attr("transA") !== 1 }];
    return [];
  }
  if (ms && node.opType === "Attention" && node.inputs.length >= 2) return [{ inputIndex: 1, opTransposed: false }];
  return [];
}
function traceToInitializer(name, inits, producer) {
  const via = [];
  let flips = 0;
  for (let hop = 0; hop < 8; hop++) {
    const t = inits.get(name);
    if (t) return { tensor: t, via: via.reverse(), flips };
    const p = producer.get(name);
    if (!p) return null;
    if (p.domain === "" && p.opType === "DequantizeLinear") return { quantizedBy: p };
    if (p.domain !== "" || p.opType !== "Transpose" && p.opType !== "Cast" || p.inputs.length < 1) return null;
    if (p.opType === "Transpose") {
      const perm = p.attributes.get("perm")?.ints;
      if (perm === void 0 || perm.length === 2 && perm[0] === 1 && perm[1] === 0) flips++;
      else if (!(perm.length === 2 && perm[0] === 0 && perm[1] === 1)) return null;
    }
    via.push(p.opType);
    name = p.inputs[0];
  }
  return null;
}
var BLOCK_RE = /(?:^|[^a-z0-9])(?:layers?|h|blocks?|blk|encoder\.layer|decoder\.layer)[._/-](\d+)(?=$|[^0-9])/i;
function guessBlock(names) {
  for (const n of names) {
    const m = BLOCK_RE.exec(n);
    if (m) return Number(m[1]);
  }
  return null;
}
var ROLE_PATTERNS = [
  ["head", /lm_head|(?:^|[^a-z])classifier(?:$|[^a-z])/i],
  ["embedding", /embed|(?:^|[^a-z])(?:wte|wpe)(?:$|[^a-z])/i],
  ["attention", /[qkvo]_proj|out_proj|attn|attention|qkv|(?:^|[^a-z])(?:query|key|value|wq|wk|wv|wo)(?:$|[^a-z])/i],
  ["mlp", /mlp|fc1|fc2|(?:gate|up|down)_proj|c_fc|ffn|dense_h_to_4h|dense_4h_to_h|feed_?forward|fullyconnect|(?:^|[^a-z])w[123](?:$|[^a-z0-9])/i]
];
function guessRole(names) {
  for (const n of names) {
    for (const [role, re] of ROLE_PATTERNS) if (re.test(n)) return role;
  }
  return null;
}
function feedsOutput(node, targets, consumers, maxHops = 8) {
  let frontier = [...node.outputs];
  const seen = /* @__PURE__ */ new Set();
  for (let hop = 0; hop <= maxHops && frontier.length > 0; hop++) {
    const next = [];
    for (const v of frontier) {
      if (targets.has(v)) return true;
      if (seen.has(v)) continue;
      seen.add(v);
      for (const c of consumers.get(v) ?? []) {
        if (c.opType === "MatMul" || c.opType === "Gemm" || c.opType === "Attention") continue;
        next.push(...c.outputs);
      }
    }
    frontier = next;
  }
  return false;
}
function discoverOnnxLayers(model) {
  const inits = new Map(model.initializers.map((t) => [t.name, t]));
  const producer = /* @__PURE__ */ new Map();
  const consumers = /* @__PURE__ */ new Map();
  for (const n of model.nodes) {
    for (const o of n.outputs) producer.set(o, n);
    for (const i of n.inputs) {
      if (i === "") continue;
      let l = consumers.get(i);
      if (!l) consumers.set(i, l = []);
      l.push(n);
    }
  }
  const isConst = (name) => {
    const t = traceToInitializer(name, inits, producer);
    return t !== null;
  };
  const logitOutputs = model.outputs.filter((o) => /logits/i.test(o.name)).map((o) => o.name);
  const headTargets = new Set(logitOutputs.length > 0 ? logitOutputs : model.outputs.slice(0, 1).map((o) => o.name));
  const drafts = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const skip = (name, reason, opType) => {
    if (!skipped.has(name) && !drafts.has(name)) skipped.set(name, opType === void 0 ? { name, reason } : { name, reason, opType });
  };
  for (const node of model.nodes) {
    if (QUANTIZED_OPS.has(node.opType)) {
      for (const input of node.inputs) {
        const tr = input === "" ? null : traceToInitializer(input, inits, producer);
        if (tr && "tensor" in tr && tr.tensor.dims.length >= 2) {
          skip(tr.tensor.name, `quantized weight of ${node.opType} (node ${node.name || node.index}); quantized layers are not analysed`, node.opType);
        }
      }
      continue;
    }
    for (const usage of denseUsages(node, isConst)) {
      const tr = traceToInitializer(node.inputs[usage.inputIndex], inits, producer);
      if (tr === null) continue;
      if ("quantizedBy" in tr) {
        const q = tr.quantizedBy;
        const src = q.inputs[0] ? traceToInitializer(q.inputs[0], inits, producer) : null;
        const name = src && "tensor" in src ? src.tensor.name : q.inputs[0] ?? q.name;
        skip(name, `quantized weight (DequantizeLinear) feeding ${node.opType}; quantized layers are not analysed`, "DequantizeLinear");
        continue;
      }
      const t = tr.tensor;
      if (t.dims.length !== 2) {
        skip(t.name, `weight of ${node.opType} has ${t.dims.length} dims [${t.dims.join(",")}], not a 2-D matrix`, node.opType);
        continue;
      }
      if (t.elemType === null || !FLOAT_TYPES.has(t.elemType)) {
        skip(t.name, `UNSUPPORTED_DTYPE: weight of ${node.opType} is ${t.elemType ?? `ONNX type ${t.dataType}`}; only float32/float16/bfloat16/float64 weights are analysed`, node.opType);
        continue;
      }
      const consumer = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex };
      const d = drafts.get(t.name);
      if (d) {
        d.consumers.push(consumer);
        d.consumerNodes.push(node);
        continue;
      }
      skipped.delete(t.name);
      drafts.set(t.name, {
        tensor: t,
        consumers: [consumer],
        consumerNodes: [node],
        via: tr.via,
        storedTransposed: usage.opTransposed !== (tr.flips % 2 === 1)
      });
    }
  }
  const layers = [];
  for (const d of drafts.values()) {
    const [rows, cols] = d.tensor.dims;
    const names = [d.tensor.name, ...d.consumerNodes.map((n) => n.name), ...d.consumerNodes.flatMap((n) => n.outputs)];
    let role;
    if (d.consumerNodes.some((n) => feedsOutput(n, headTargets, consumers))) role = "head";
    else if (d.consumerNodes.some((n) => n.opType === "Attention")) role = "attention";
    else role = guessRole(names) ?? "other";
    layers.push({
      index: layers.length,
      name: d.tensor.name,
      format: "onnx",
      dtype: d.tensor.elemType,
      storedShape: [rows, cols],
      inFeatures: d.storedTransposed ? cols : rows,
      outFeatures: d.storedTransposed ? rows : cols,
      storedTransposed: d.storedTransposed,
      consumers: d.consumers,
      via: d.via,
      block: guessBlock(names),
      role
    });
  }
  return { layers, skipped: [...skipped.values()] };
}

// src/linalg/matrix.ts
function matrix(rows, cols, data) {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: rows and cols must be non-negative integers, got ${rows}x${cols}`);
  }
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols) {
    throw new RangeError(`matrix: data has ${d.length} elements, expected ${rows}x${cols}=${rows * cols}`);
  }
  return { rows, cols, data: d };
}

// src/model/onnx.ts
var ELEM_BY_CODE = new Map(
  Object.entries(ONNX_DTYPE).map(([k, v]) => [v, k])
);
var MODEL_FIELDS_LEN = /* @__PURE__ */ new Set([2, 3, 4, 6, 7, 8, 14, 20, 25, 26]);
var MODEL_FIELDS_VARINT = /* @__PURE__ */ new Set([1, 5]);
function elemTypeOf(code) {
  return ELEM_BY_CODE.get(code) ?? null;
}
function elementCount(dims) {
  return dims.reduce((a, b) => a * b, 1);
}
var textDecoder2 = new TextDecoder();
async function resolveExternalLocation(rootReal, location, modelPath) {
  const details = { file: modelPath, location };
  if (location === "") throw new WwError("MODEL_CORRUPT", `${modelPath}: external data with an empty location`, details);
  if (isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith("\\") || location.startsWith("/")) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" is absolute; it must be relative to the model's folder`, details);
  }
  if (location.split(/[\\/]/).some((s) => s === "..")) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" contains ".."; it must stay inside the model's folder`, details);
  }
  const candidate = resolve7(rootReal, location);
  let real2;
  try {
    real2 = await realpath(candidate);
  } catch {
    throw new WwError("EXTERNAL_DATA_MISSING", `${modelPath}: external data file "${location}" not found (looked for ${candidate})`, details);
  }
  const rel = relative(rootReal, real2);
  if (rel.startsWith(".." + sep) || rel === ".." || isAbsolute(rel)) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" resolves to ${real2}, outside the model's folder ${rootReal}`, details);
  }
  return real2;
}
function protoError(path2, e, what) {
  return e.truncated ? new WwError("MODEL_TRUNCATED", `${path2}: file ends early while reading ${what} (${e.message}); the .onnx file is truncated`, { file: path2 }) : new WwError("MODEL_CORRUPT", `${path2}: malformed protobuf in ${what}: ${e.message}`, { file: path2 });
}
async function scanTensor(c, end) {
  const t = { name: "", dataType: 0, dims: [], rawOffset: null, rawLength: 0, typed: false, external: /* @__PURE__ */ new Map(), dataLocation: 0 };
  while (c.pos < end) {
    const { field, wire } = await c.tag(end);
    if (field === 9 && wire === 2) {
      t.rawLength = await c.length(end);
      t.rawOffset = c.pos;
      c.pos += t.rawLength;
    } else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      t.typed = true;
      await c.skip(wire, end);
    } else if (field === 1 && wire === 0) {
      t.dims.push(await readInt64(c, end));
    } else if (field === 1 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      while (!r.done) t.dims.push(r.int64());
    } else if (field === 2 && wire === 0) {
      t.dataType = await c.varint(end);
    } else if (field === 8 && wire === 2) {
      t.name = textDecoder2.decode(await c.bytes(await c.length(end)));
    } else if (field === 13 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      let key = "";
      let value = "";
      while (!r.done) {
        const tg = r.tag();
        if (tg.field === 1 && tg.wire === 2) key = r.string();
        else if (tg.field === 2 && tg.wire === 2) value = r.string();
        else r.skip(tg.wire);
      }
      t.external.set(key, value);
    } else if (field === 14 && wire === 0) {
      t.dataLocation = await c.varint(end);
    } else {
      await c.skip(wire, end);
    }
  }
  return t;
}
async function readInt64(c, end) {
  const start = c.pos;
  const v = await c.varint(end);
  if (v <= Number.MAX_SAFE_INTEGER) return v;
  c.pos = start;
  const r = new ProtoReader(await c.bytes(Math.min(10, end - start)));
  const signed = r.int64();
  c.pos = start + r.pos;
  return signed;
}
function parseAttribute(r) {
  let name = "";
  let type = 0;
  let i;
  let f;
  let s;
  const ints = [];
  const floats = [];
  let nested = false;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === 2) name = r.string();
    else if (field === 20 && wire === 0) type = r.varint();
    else if (field === 2 && wire === 5) f = r.float();
    else if (field === 3 && wire === 0) i = r.int64();
    else if (field === 4 && wire === 2) s = r.string();
    else if (field === 7) r.repeatedFloat(wire, floats);
    else if (field === 8) r.repeatedInt64(wire, ints);
    else if (field === 5 || field === 6 || field === 10 || field === 11) {
      nested = true;
      r.skip(wire);
    } else r.skip(wire);
  }
  const a = { name, type };
  if (i !== void 0) a.i = i;
  if (f !== void 0) a.f = f;
  if (s !== void 0) a.s = s;
  if (ints.length) a.ints = ints;
  if (floats.length) a.floats = floats;
  if (nested) a.nested = true;
  return a;
}
function parseNode(bytes, index, span) {
  const r = new ProtoReader(bytes);
  const inputs = [];
  const outputs = [];
  let name = "";
  let opType = "";
  let domain = "";
  const attributes = /* @__PURE__ */ new Map();
  while (!r.done) {
    const { field, wire } = r.tag();
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        inputs.push(r.string());
        break;
      case 2:
        outputs.push(r.string());
        break;
      case 3:
        name = r.string();
        break;
      case 4:
        opType = r.string();
        break;
      case 5: {
        const a = parseAttribute(r.sub());
        attributes.set(a.name, a);
        break;
      }
      case 7:
        domain = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  if (domain === "ai.onnx") domain = "";
  return { index, name, opType, domain, inputs, outputs, attributes, span };
}
function parseValueInfo(bytes) {
  const r = new ProtoReader(bytes);
  let name = "";
  let elemType = 0;
  let shape = null;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === 2) name = r.string();
    else if (field === 2 && wire === 2) {
      const type = r.sub();
      while (!type.done) {
        const t = type.tag();
        if (t.field !== 1 || t.wire !== 2) {
          type.skip(t.wire);
          continue;
        }
        const tensorType = type.sub();
        while (!tensorType.done) {
          const tt = tensorType.tag();
          if (tt.field === 1 && tt.wire === 0) elemType = tensorType.varint();
          else if (tt.field === 2 && tt.wire === 2) {
            shape = [];
            const sh = tensorType.sub();
            while (!sh.done) {
              const st = sh.tag();
              if (st.field !== 1 || st.wire !== 2) {
                sh.skip(st.wire);
                continue;
              }
              const dim = sh.sub();
              let d = null;
              while (!dim.done) {
                const dt = dim.tag();
                if (dt.field === 1 && dt.wire === 0) d = dim.int64();
                else if (dt.field === 2 && dt.wire === 2) d = dim.string();
                else dim.skip(dt.wire);
              }
              shape.push(d);
            }
          } else tensorType.skip(tt.wire);
        }
      }
    } else r.skip(wire);
  }
  return { name, elemType, shape };
}
async function scanOnnx(path2) {
  const abs = resolve7(path2);
  let fh;
  try {
    fh = await open(abs, "r");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new WwError("MODEL_NOT_FOUND", `model file not found: ${abs}`, { file: abs });
    throw new WwError("IO", `cannot open ${abs}: ${e.message}`, { file: abs });
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new WwError("MODEL_FORMAT", `${abs} is not a file`, { file: abs });
    const dir = await realpath(dirname5(abs));
    return await scanOpen(fh, abs, dir, st.size);
  } finally {
    await fh.close();
  }
}
async function scanOpen(fh, path2, dir, size) {
  if (size === 0) throw new WwError("MODEL_FORMAT", `${path2} is empty, not an ONNX model`, { file: path2 });
  const c = new FileCursor(fh, size);
  const modelFields = [];
  const graphFields = [];
  const nodes = [];
  const raws = [];
  const inputs = [];
  const outputs = [];
  const opsets = [];
  const metadata = /* @__PURE__ */ new Map();
  let irVersion = 0;
  let producerName = "";
  let graphField = null;
  let where = "ModelProto";
  try {
    while (c.pos < size) {
      const start = c.pos;
      const { field, wire } = await c.tag(size);
      if (modelFields.length === 0 && !(MODEL_FIELDS_LEN.has(field) && wire === 2 || MODEL_FIELDS_VARINT.has(field) && wire === 0)) {
        throw new WwError("MODEL_FORMAT", `${path2} does not start like an ONNX ModelProto (first field ${field}, wire type ${wire})`, { file: path2 });
      }
      if (wire === 2) {
        const len2 = await c.length(size);
        const contentStart = c.pos;
        const end = contentStart + len2;
        const span = { field, wire, start, contentStart, end };
        if (field === 7) {
          if (graphField !== null) throw new WwError("MODEL_CORRUPT", `${path2}: more than one graph in the ModelProto`, { file: path2 });
          graphField = span;
          where = "GraphProto";
          await scanGraph(c, end, { graphFields, nodes, raws, inputs, outputs }, (w) => where = w);
          where = "ModelProto";
        } else if (field === 8 || field === 14 || field === 2) {
          const r = new ProtoReader(await c.bytes(len2));
          if (field === 2) producerName = textDecoder2.decode(r.buf);
          else {
            let a = "";
            let b = field === 8 ? 0 : "";
            while (!r.done) {
              const t = r.tag();
              if (t.field === 1 && t.wire === 2) a = r.string();
              else if (t.field === 2 && field === 8 && t.wire === 0) b = r.int64();
              else if (t.field === 2 && field === 14 && t.wire === 2) b = r.string();
              else r.skip(t.wire);
            }
            if (field === 8) opsets.push({ domain: a === "ai.onnx" ? "" : a, version: b });
            else metadata.set(a, b);
          }
        } else {
          c.pos = end;
        }
        modelFields.push(span);
      } else {
        const contentStart = c.pos;
        if (field === 1 && wire === 0) irVersion = await c.varint(size);
        else await c.skip(wire, size);
        modelFields.push({ field, wire, start, contentStart, end: c.pos });
      }
    }
  } catch (e) {
    if (e instanceof ProtobufError) {
      if (graphField === null && !e.truncated) {
        throw new WwError("MODEL_FORMAT", `${path2} is not an ONNX model (${e.message})`, { file: path2 });
      }
      throw protoError(path2, e, where);
    }
    throw e;
  }
  if (graphField === null) throw new WwError("MODEL_FORMAT", `${path2} has no graph: not an ONNX model`, { file: path2 });
  const initializers = [];
  let usesExternalData = false;
  for (const { raw, span } of raws) {
    const elemType = elemTypeOf(raw.dataType);
    let data;
    if (raw.dataLocation === 1 || raw.external.size > 0) {
      usesExternalData = true;
      const location = raw.external.get("location") ?? "";
      const offset = parseExternalInt(path2, raw.name, "offset", raw.external.get("offset"), 0);
      const lenText = raw.external.get("length");
      const length = lenText === void 0 ? null : parseExternalInt(path2, raw.name, "length", lenText, 0);
      const file = await resolveExternalLocation(dir, location, path2);
      data = { kind: "external", location, offset, length, file };
    } else if (raw.rawOffset !== null) {
      data = { kind: "raw", offset: raw.rawOffset, length: raw.rawLength };
    } else if (raw.typed) {
      data = { kind: "typed" };
    } else {
      data = { kind: "none" };
    }
    initializers.push({ name: raw.name, dataType: raw.dataType, elemType, dims: raw.dims, data, span });
  }
  await checkExternalSizes(path2, initializers);
  return {
    path: path2,
    dir,
    fileSize: size,
    irVersion,
    producerName,
    opsets,
    metadata,
    modelFields,
    graphField,
    graphFields,
    nodes,
    initializers,
    inputs,
    outputs,
    usesExternalData
  };
}
function parseExternalInt(path2, tensor, key, text, dflt) {
  if (text === void 0) return dflt;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v)) {
    throw new WwError("MODEL_CORRUPT", `${path2}: tensor ${tensor} has external data ${key} "${text}", expected a non-negative integer`, { file: path2, tensor, key });
  }
  return v;
}
function expectedByteLength(t) {
  return t.elemType === null ? null : elementCount(t.dims) * ELEM_SIZE[t.elemType];
}
async function checkExternalSizes(path2, tensors) {
  const sizes = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    if (t.data.kind !== "external") continue;
    let size = sizes.get(t.data.file);
    if (size === void 0) {
      const st = await stat(t.data.file);
      if (!st.isFile()) throw new WwError("EXTERNAL_DATA_MISSING", `${path2}: external data "${t.data.location}" is not a file`, { file: path2, location: t.data.location });
      size = st.size;
      sizes.set(t.data.file, size);
    }
    const need = t.data.length ?? expectedByteLength(t) ?? 0;
    if (t.data.offset + need > size) {
      throw new WwError(
        "EXTERNAL_DATA_SHORT",
        `${path2}: tensor ${t.name} needs bytes ${t.data.offset}..${t.data.offset + need} of "${t.data.location}", which has only ${size} bytes`,
        { file: path2, tensor: t.name, location: t.data.location, offset: t.data.offset, length: need, size }
      );
    }
  }
}
async function scanGraph(c, end, g, setWhere) {
  while (c.pos < end) {
    const start = c.pos;
    const { field, wire } = await c.tag(end);
    if (wire !== 2) {
      const contentStart2 = c.pos;
      await c.skip(wire, end);
      g.graphFields.push({ field, wire, start, contentStart: contentStart2, end: c.pos });
      continue;
    }
    const len2 = await c.length(end);
    const contentStart = c.pos;
    const fieldEnd = contentStart + len2;
    const span = { field, wire, start, contentStart, end: fieldEnd };
    switch (field) {
      case 1:
        setWhere(`node #${g.nodes.length}`);
        g.nodes.push(parseNode(await c.bytes(len2), g.nodes.length, span));
        break;
      case 5:
        setWhere(`initializer #${g.raws.length}`);
        g.raws.push({ raw: await scanTensor(c, fieldEnd), span });
        break;
      case 11:
        g.inputs.push(parseValueInfo(await c.bytes(len2)));
        break;
      case 12:
        g.outputs.push(parseValueInfo(await c.bytes(len2)));
        break;
      default:
        c.pos = fieldEnd;
    }
    setWhere("GraphProto");
    c.pos = fieldEnd;
    g.graphFields.push(span);
  }
}
async function readExactly(fh, offset, length, what) {
  const out = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(out, got, length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  if (got < length) throw new WwError("MODEL_TRUNCATED", `${what}: expected ${length} bytes at offset ${offset}, file ended after ${got}`, { offset, length });
  return out;
}
var OnnxTensorReader = class {
  constructor(model) {
    this.model = model;
  }
  model;
  handles = /* @__PURE__ */ new Map();
  async handle(file) {
    let h = this.handles.get(file);
    if (!h) {
      try {
        h = await open(file, "r");
      } catch (e) {
        throw new WwError("EXTERNAL_DATA_MISSING", `cannot open ${file}: ${e.message}`, { file });
      }
      this.handles.set(file, h);
    }
    return h;
  }
  /**
   * Little-endian element bytes of a tensor (raw_data layout), whatever the storage. Checks the
   * byte count against dims and type.
   */
  async readBytes(t) {
    const m = this.model;
    if (t.elemType === null) {
      throw new WwError("UNSUPPORTED_DTYPE", `${m.path}: tensor ${t.name} has ONNX data type ${t.dataType}, which this tool does not read`, { file: m.path, tensor: t.name, dataType: t.dataType });
    }
    const want = elementCount(t.dims) * ELEM_SIZE[t.elemType];
    let bytes;
    switch (t.data.kind) {
      case "raw":
        if (t.data.length !== want) throw corruptLength(m.path, t, t.data.length, want);
        bytes = await readExactly(await this.handle(m.path), t.data.offset, want, `${m.path} tensor ${t.name}`);
        break;
      case "external": {
        const len2 = t.data.length ?? want;
        if (len2 !== want) throw corruptLength(m.path, t, len2, want);
        const h = await this.handle(t.data.file);
        try {
          bytes = await readExactly(h, t.data.offset, want, `${t.data.file} tensor ${t.name}`);
        } catch (e) {
          if (WwError.is(e, "MODEL_TRUNCATED")) throw new WwError("EXTERNAL_DATA_SHORT", e.message, { ...e.details, tensor: t.name, location: t.data.location });
          throw e;
        }
        break;
      }
      case "typed":
        bytes = await this.readTyped(t);
        if (bytes.length !== want) throw corruptLength(m.path, t, bytes.length, want);
        break;
      case "none":
        if (want !== 0) throw corruptLength(m.path, t, 0, want);
        bytes = new Uint8Array(0);
        break;
    }
    return bytes;
  }
  async readTyped(t) {
    const { contentStart, end } = t.span;
    const msg = await readExactly(await this.handle(this.model.path), contentStart, end - contentStart, `${this.model.path} tensor ${t.name}`);
    const r = new ProtoReader(msg);
    const nums = [];
    const bigs = [];
    try {
      while (!r.done) {
        const { field, wire } = r.tag();
        if (field === 4) r.repeatedFloat(wire, nums);
        else if (field === 10) r.repeatedDouble(wire, nums);
        else if (field === 5) r.repeatedInt32(wire, nums);
        else if (field === 7) {
          if (wire === 2) {
            const s = r.sub();
            while (!s.done) bigs.push(BigInt.asIntN(64, s.varintBig()));
          } else bigs.push(BigInt.asIntN(64, r.varintBig()));
        } else r.skip(wire);
      }
    } catch (e) {
      if (e instanceof ProtobufError) throw protoError(this.model.path, e, `tensor ${t.name}`);
      throw e;
    }
    const et = t.elemType;
    switch (et) {
      case "float32":
        return new Uint8Array(Float32Array.from(nums).buffer);
      case "float64":
        return new Uint8Array(Float64Array.from(nums).buffer);
      case "int32":
        return new Uint8Array(Int32Array.from(nums).buffer);
      case "int64":
        return new Uint8Array(BigInt64Array.from(bigs).buffer);
      case "float16":
      case "bfloat16":
        return new Uint8Array(Uint16Array.from(nums, (v) => v & 65535).buffer);
      case "int8":
        return new Uint8Array(Int8Array.from(nums).buffer);
      case "uint8":
      case "bool":
        return Uint8Array.from(nums);
    }
  }
  async close() {
    const hs = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(hs.map((h) => h.close()));
  }
};
function corruptLength(path2, t, got, want) {
  return new WwError("MODEL_CORRUPT", `${path2}: tensor ${t.name} has ${got} bytes of data, expected ${want} for ${t.elemType}[${t.dims.join(",")}]`, { file: path2, tensor: t.name, bytes: got, expected: want });
}
async function openOnnx(path2) {
  const model = await scanOnnx(path2);
  const { layers, skipped } = discoverOnnxLayers(model);
  const byName = new Map(model.initializers.map((t) => [t.name, t]));
  const reader = new OnnxTensorReader(model);
  const tensor = (name) => {
    const t = byName.get(name);
    if (!t) throw new WwError("TENSOR_NOT_FOUND", `${model.path}: no initializer named ${name}`, { file: model.path, tensor: name });
    return t;
  };
  return {
    format: "onnx",
    path: model.path,
    layers,
    skipped,
    onnx: model,
    readTensorBytes: async (name) => reader.readBytes(tensor(name)),
    async readMatrix(layer) {
      const t = tensor(layer.name);
      if (t.dims.length !== 2 || t.elemType === null || !(t.elemType in DTYPE_BYTES)) {
        throw new WwError("UNSUPPORTED_DTYPE", `${model.path}: tensor ${t.name} is ${t.elemType ?? `ONNX type ${t.dataType}`}[${t.dims.join(",")}], not a 2-D float matrix`, { file: model.path, tensor: t.name });
      }
      const bytes = await reader.readBytes(t);
      const [rows, cols] = t.dims;
      return matrix(rows, cols, decodeToFloat64(bytes, t.elemType));
    },
    close: () => reader.close()
  };
}

// src/report/json.ts
import { mkdir as mkdir2, rename as rename2, writeFile as writeFile2, rm as rm2 } from "node:fs/promises";
import * as path from "node:path";
async function writeFileAtomic2(file, data) {
  await mkdir2(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile2(tmp, data);
    await rename2(tmp, file);
  } catch (err) {
    await rm2(tmp, { force: true });
    throw err;
  }
}

// src/cli/commands/analyze.ts
function integer2(min2) {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min2) throw new InvalidArgumentError(`expected an integer >= ${min2}, got '${value}'`);
    return n;
  };
}
async function openForAnalysis(path2) {
  const ext = extname2(path2).toLowerCase();
  if (ext === ".onnx") return openOnnx(path2);
  throw new WwError("MODEL_FORMAT", `${path2}: analyze reads .onnx models (safetensors support comes with the model reader's openModel)`, { file: path2 });
}
function reportToJson(report) {
  return JSON.stringify(report, (_k, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, 2) + "\n";
}
function num(v, digits) {
  if (v === void 0 || !Number.isFinite(v)) return "-";
  return v.toFixed(digits);
}
var HEADER = ["#", "layer", "N x M", "alpha", "D", "xmin", "pl_spikes", "log_norm", "log_spec_norm", "alpha_w", "stable_rank", "mp_spikes", "mp_softrank", "detX", "rand_dist", "warning"];
function tableRows(report) {
  const rows = [];
  for (const l of report.layers) {
    const m = l.metrics;
    const NM = `${Math.max(l.inFeatures, l.outFeatures)} x ${Math.min(l.inFeatures, l.outFeatures)}`;
    if (m === null) {
      rows.push({ index: l.index, cells: [String(l.index), l.name, NM, ...Array(12).fill("-"), `failed: ${l.reason?.code ?? ""}`] });
      continue;
    }
    const fitFailed = m.status !== "success";
    rows.push({
      index: l.index,
      cells: [
        String(l.index),
        l.name,
        NM,
        fitFailed ? "failed" : num(m.alpha, 3),
        fitFailed ? "-" : num(m.D, 4),
        fitFailed ? "-" : num(m.xmin, 4),
        fitFailed ? "-" : String(m.num_pl_spikes),
        num(m.log_norm, 3),
        num(m.log_spectral_norm, 3),
        fitFailed ? "-" : num(m.alpha_weighted, 3),
        num(m.stable_rank, 2),
        m.num_spikes === void 0 ? "-" : String(m.num_spikes),
        num(m.mp_softrank, 3),
        m.detX_num === void 0 ? "-" : String(m.detX_num),
        num(m.rand_distance, 3),
        fitFailed ? "fit failed" : m.warning
      ]
    });
  }
  for (const s of report.skipped) {
    if (s.index === null) continue;
    rows.push({ index: s.index, cells: [String(s.index), s.name, `${s.N} x ${s.M}`, ...Array(12).fill("-"), `skipped: ${s.reason.code}`] });
  }
  rows.sort((a, b) => a.index - b.index);
  return rows.map((r) => r.cells);
}
function summaryLines(report) {
  const s = report.summary;
  const fmt = (v) => v === null ? "-" : v.toFixed(4);
  return [
    `${s.layers} layers analysed (${report.layers.length - s.layers} failed, ${report.skipped.length} skipped, ${report.filteredOut} filtered out) with engine ${report.engine} in ${report.timings.totalSeconds.toFixed(2)} s`,
    `mean alpha ${fmt(s.ww.alpha)} (over successful fits ${fmt(s.successful.alpha)}), alpha_weighted ${fmt(s.ww.alpha_weighted)}, log_norm ${fmt(s.ww.log_norm)}, log_spectral_norm ${fmt(s.ww.log_spectral_norm)}, stable_rank ${fmt(s.ww.stable_rank)}, mp_softrank ${fmt(s.ww.mp_softrank)}`,
    `${s.overTrained} over-trained (alpha < 2), ${s.underTrained} under-trained (alpha > 6), ${s.failedFits} failed fits`
  ];
}
function renderTable(report) {
  const rows = [HEADER, ...tableRows(report)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => c <= 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd();
  return [line(rows[0]), ...rows.slice(1).map(line), "", ...summaryLines(report)].join("\n") + "\n";
}
function renderMarkdown(report) {
  const esc = (s) => s.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`);
  const rows = tableRows(report).map((r) => r.map((cell, c) => c === 1 ? `\`${cell.replace(/`/g, "'")}\`` : esc(cell)));
  const align = HEADER.map((_, c) => c <= 1 ? "l" : "r");
  return markdownTable([HEADER.map(esc), ...rows], { align }) + "\n\n" + summaryLines(report).join("  \n") + "\n";
}
function progressReporter2(stream) {
  return (p) => {
    const text = `analyze [${p.done}/${p.total}] ${p.layer} (${p.elapsedSeconds.toFixed(1)} s)`;
    if (stream.isTTY) stream.write(`\r\x1B[K${text}${p.done === p.total ? "\n" : ""}`);
    else if (p.elapsedSeconds > 2) stream.write(text + "\n");
  };
}
async function runAnalyze(modelPath, opts) {
  const path2 = resolve8(modelPath);
  const analyze = { randomize: opts.randomize, mpFit: opts.mpFit, detX: opts.detx };
  if (opts.seed !== void 0) analyze.seed = opts.seed;
  if (opts.minEvals !== void 0) analyze.minEvals = opts.minEvals;
  if (opts.maxEvals !== void 0) analyze.maxEvals = opts.maxEvals;
  if (opts.maxN !== void 0) analyze.maxN = opts.maxN;
  const filter = opts.layers !== void 0 ? parseLayerSpec(opts.layers) : void 0;
  const model = await openForAnalysis(path2);
  const engine = await getEngine();
  try {
    const report = await analyzeModel(model, {
      engine,
      analyze,
      ...filter ? { layers: filter } : {},
      ...opts.progress ? { onProgress: progressReporter2(process.stderr) } : {}
    });
    if (opts.layers !== void 0 && report.layers.length + report.skipped.filter((s) => s.index !== null).length === 0) {
      throw new WwError("SELECTION_EMPTY", `--layers "${opts.layers}" matches none of the ${model.layers.length} dense layers of ${path2}`, { spec: opts.layers });
    }
    const json = reportToJson(report);
    if (opts.json) await writeFileAtomic2(resolve8(opts.json), json);
    if (opts.format === "json") process.stdout.write(json);
    else if (opts.format === "md") process.stdout.write(renderMarkdown(report));
    else process.stdout.write(renderTable(report));
    return report;
  } finally {
    await engine.dispose();
    await model.close();
  }
}
function register2(program2) {
  program2.command("analyze").description("WeightWatcher spectral metrics (alpha, norms, MP fit, detX, randomized ESD) for every dense layer").argument("<model>", "model file (.onnx)").option("--layers <spec>", "layers to analyse: glob ('*.mlp.*'), /regex/, index range a:b (half-open), index, or name; comma-separated").option("--json <file>", "write the JSON report (src/report/analyze-schema.json) to this file").addOption(new Option("--format <format>", "stdout format").choices(["table", "md", "json"]).default("table")).option("--no-randomize", "skip the randomized ESD (rand_distance, ww_softrank): about 2x faster").option("--no-mp-fit", "skip the Marchenko-Pastur fit").option("--no-detx", "skip the detX constraint").option("--seed <n>", "seed of the element shuffle for the randomized ESD", integer2(0)).option("--min-evals <n>", "skip layers with fewer eigenvalues (WeightWatcher: 10)", integer2(1)).option("--max-evals <n>", "skip layers with more eigenvalues (WeightWatcher: 15000)", integer2(1)).option("--max-n <n>", "skip layers whose long side is larger (WeightWatcher: 50000)", integer2(1)).option("--no-progress", "no progress on stderr").action(async (model, opts) => {
    await runAnalyze(model, opts);
  });
}

// src/cli/main.ts
function buildProgram() {
  const program2 = new Command();
  program2.name("ww-smooth").description("WeightWatcher spectral metrics, SVD smoothing (LASER) and perplexity gates for ONNX/safetensors models").showHelpAfterError().exitOverride();
  register(program2);
  register2(program2);
  return program2;
}
async function main(argv = process.argv) {
  const program2 = buildProgram();
  try {
    await program2.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    const code = err.exitCode;
    if (code !== void 0 && !(err instanceof WwError)) return code;
    process.stderr.write(formatError(err) + "\n");
    if (process.env["WW_DEBUG"] && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    return 1;
  }
}
var invokedDirectly = process.argv[1] !== void 0 && /(?:^|[\\/])(?:main\.(?:ts|js)|cli\.js|ww-smooth)$/.test(process.argv[1]);
if (invokedDirectly) {
  main().then((code) => {
    process.exitCode = code;
  });
}
export {
  buildProgram,
  main
};
