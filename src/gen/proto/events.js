// @ts-nocheck
/* eslint-disable */
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const faultreplay = $root.faultreplay = (() => {

    /**
     * Namespace faultreplay.
     * @exports faultreplay
     * @namespace
     */
    const faultreplay = {};

    faultreplay.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof faultreplay
         * @namespace
         */
        const v1 = {};

        v1.CaptureHeader = (function() {

            /**
             * Properties of a CaptureHeader.
             * @typedef {Object} faultreplay.v1.CaptureHeader.$Properties
             * @property {string|null} [captureId] CaptureHeader captureId
             * @property {string|null} [sourceFile] CaptureHeader sourceFile
             * @property {string|null} [format] CaptureHeader format
             * @property {string|null} [kernel] CaptureHeader kernel
             * @property {string|null} [clock] CaptureHeader clock
             * @property {string|null} [host] CaptureHeader host
             * @property {number|null} [schemaVersion] CaptureHeader schemaVersion
             * @property {number|null} [hz] CaptureHeader hz
             * @property {boolean|null} [nsClock] CaptureHeader nsClock
             * @property {string|null} [fsType] CaptureHeader fsType
             * @property {number|null} [fsDev] CaptureHeader fsDev
             * @property {string|null} [contentHash] CaptureHeader contentHash
             * @property {Long|null} [dirtyExpireMs] CaptureHeader dirtyExpireMs
             * @property {Long|null} [writebackIntervalMs] CaptureHeader writebackIntervalMs
             * @property {Long|null} [dirtyBackgroundBytes] CaptureHeader dirtyBackgroundBytes
             * @property {number|null} [dirtyBackgroundRatio] CaptureHeader dirtyBackgroundRatio
             * @property {Long|null} [dirtytimeExpireMs] CaptureHeader dirtytimeExpireMs
             * @property {Long|null} [commitIntervalMs] CaptureHeader commitIntervalMs
             * @property {string|null} [mountOptions] CaptureHeader mountOptions
             * @property {boolean|null} [endsWithCaptureEnd] CaptureHeader endsWithCaptureEnd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CaptureHeader.
             * @memberof faultreplay.v1
             * @interface ICaptureHeader
             * @augments faultreplay.v1.CaptureHeader.$Properties
             * @deprecated Use faultreplay.v1.CaptureHeader.$Properties instead.
             */

            /**
             * Shape of a CaptureHeader.
             * @typedef {faultreplay.v1.CaptureHeader.$Properties} faultreplay.v1.CaptureHeader.$Shape
             */

            /**
             * Constructs a new CaptureHeader.
             * @memberof faultreplay.v1
             * @classdesc Represents a CaptureHeader.
             * @constructor
             * @param {faultreplay.v1.CaptureHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CaptureHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CaptureHeader captureId.
             * @member {string} captureId
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.captureId = "";

            /**
             * CaptureHeader sourceFile.
             * @member {string} sourceFile
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.sourceFile = "";

            /**
             * CaptureHeader format.
             * @member {string} format
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.format = "";

            /**
             * CaptureHeader kernel.
             * @member {string} kernel
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.kernel = "";

            /**
             * CaptureHeader clock.
             * @member {string} clock
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.clock = "";

            /**
             * CaptureHeader host.
             * @member {string} host
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.host = "";

            /**
             * CaptureHeader schemaVersion.
             * @member {number} schemaVersion
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.schemaVersion = 0;

            /**
             * CaptureHeader hz.
             * @member {number} hz
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.hz = 0;

            /**
             * CaptureHeader nsClock.
             * @member {boolean} nsClock
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.nsClock = false;

            /**
             * CaptureHeader fsType.
             * @member {string} fsType
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.fsType = "";

            /**
             * CaptureHeader fsDev.
             * @member {number} fsDev
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.fsDev = 0;

            /**
             * CaptureHeader contentHash.
             * @member {string} contentHash
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.contentHash = "";

            /**
             * CaptureHeader dirtyExpireMs.
             * @member {Long|null|undefined} dirtyExpireMs
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.dirtyExpireMs = null;

            /**
             * CaptureHeader writebackIntervalMs.
             * @member {Long|null|undefined} writebackIntervalMs
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.writebackIntervalMs = null;

            /**
             * CaptureHeader dirtyBackgroundBytes.
             * @member {Long|null|undefined} dirtyBackgroundBytes
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.dirtyBackgroundBytes = null;

            /**
             * CaptureHeader dirtyBackgroundRatio.
             * @member {number|null|undefined} dirtyBackgroundRatio
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.dirtyBackgroundRatio = null;

            /**
             * CaptureHeader dirtytimeExpireMs.
             * @member {Long|null|undefined} dirtytimeExpireMs
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.dirtytimeExpireMs = null;

            /**
             * CaptureHeader commitIntervalMs.
             * @member {Long|null|undefined} commitIntervalMs
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.commitIntervalMs = null;

            /**
             * CaptureHeader mountOptions.
             * @member {string} mountOptions
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.mountOptions = "";

            /**
             * CaptureHeader endsWithCaptureEnd.
             * @member {boolean} endsWithCaptureEnd
             * @memberof faultreplay.v1.CaptureHeader
             * @instance
             */
            CaptureHeader.prototype.endsWithCaptureEnd = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_dirtyExpireMs", {
                get: $util.oneOfGetter($oneOfFields = ["dirtyExpireMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_writebackIntervalMs", {
                get: $util.oneOfGetter($oneOfFields = ["writebackIntervalMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_dirtyBackgroundBytes", {
                get: $util.oneOfGetter($oneOfFields = ["dirtyBackgroundBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_dirtyBackgroundRatio", {
                get: $util.oneOfGetter($oneOfFields = ["dirtyBackgroundRatio"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_dirtytimeExpireMs", {
                get: $util.oneOfGetter($oneOfFields = ["dirtytimeExpireMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureHeader.prototype, "_commitIntervalMs", {
                get: $util.oneOfGetter($oneOfFields = ["commitIntervalMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CaptureHeader instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.CaptureHeader
             * @static
             * @param {faultreplay.v1.CaptureHeader.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.CaptureHeader} CaptureHeader instance
             * @type {{
             *   (properties: faultreplay.v1.CaptureHeader.$Shape): faultreplay.v1.CaptureHeader & faultreplay.v1.CaptureHeader.$Shape;
             *   (properties?: faultreplay.v1.CaptureHeader.$Properties): faultreplay.v1.CaptureHeader;
             * }}
             */
            CaptureHeader.create = function(properties) {
                return new CaptureHeader(properties);
            };

            /**
             * Encodes the specified CaptureHeader message. Does not implicitly {@link faultreplay.v1.CaptureHeader.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.CaptureHeader
             * @static
             * @param {faultreplay.v1.CaptureHeader.$Properties} message CaptureHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaptureHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.captureId != null && $Object.hasOwnProperty.call(message, "captureId") && message.captureId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.captureId);
                if (message.sourceFile != null && $Object.hasOwnProperty.call(message, "sourceFile") && message.sourceFile !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceFile);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.format);
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.kernel);
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && message.clock !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clock);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.host);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.schemaVersion);
                if (message.hz != null && $Object.hasOwnProperty.call(message, "hz") && message.hz !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.hz);
                if (message.nsClock != null && $Object.hasOwnProperty.call(message, "nsClock") && message.nsClock !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.nsClock);
                if (message.fsType != null && $Object.hasOwnProperty.call(message, "fsType") && message.fsType !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.fsType);
                if (message.fsDev != null && $Object.hasOwnProperty.call(message, "fsDev") && message.fsDev !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.fsDev);
                if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.contentHash);
                if (message.dirtyExpireMs != null && $Object.hasOwnProperty.call(message, "dirtyExpireMs"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.dirtyExpireMs);
                if (message.writebackIntervalMs != null && $Object.hasOwnProperty.call(message, "writebackIntervalMs"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.writebackIntervalMs);
                if (message.dirtyBackgroundBytes != null && $Object.hasOwnProperty.call(message, "dirtyBackgroundBytes"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.dirtyBackgroundBytes);
                if (message.dirtyBackgroundRatio != null && $Object.hasOwnProperty.call(message, "dirtyBackgroundRatio"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.dirtyBackgroundRatio);
                if (message.dirtytimeExpireMs != null && $Object.hasOwnProperty.call(message, "dirtytimeExpireMs"))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.dirtytimeExpireMs);
                if (message.commitIntervalMs != null && $Object.hasOwnProperty.call(message, "commitIntervalMs"))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.commitIntervalMs);
                if (message.mountOptions != null && $Object.hasOwnProperty.call(message, "mountOptions") && message.mountOptions !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.mountOptions);
                if (message.endsWithCaptureEnd != null && $Object.hasOwnProperty.call(message, "endsWithCaptureEnd") && message.endsWithCaptureEnd !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.endsWithCaptureEnd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CaptureHeader message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.CaptureHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.CaptureHeader & faultreplay.v1.CaptureHeader.$Shape} CaptureHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaptureHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.CaptureHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.captureId = value;
                            else
                                delete message.captureId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceFile = value;
                            else
                                delete message.sourceFile;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel = value;
                            else
                                delete message.kernel;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clock = value;
                            else
                                delete message.clock;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hz = value;
                            else
                                delete message.hz;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nsClock = value;
                            else
                                delete message.nsClock;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fsType = value;
                            else
                                delete message.fsType;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fsDev = value;
                            else
                                delete message.fsDev;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentHash = value;
                            else
                                delete message.contentHash;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            message.dirtyExpireMs = reader.uint64();
                            message._dirtyExpireMs = "dirtyExpireMs";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            message.writebackIntervalMs = reader.uint64();
                            message._writebackIntervalMs = "writebackIntervalMs";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            message.dirtyBackgroundBytes = reader.uint64();
                            message._dirtyBackgroundBytes = "dirtyBackgroundBytes";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            message.dirtyBackgroundRatio = reader.uint32();
                            message._dirtyBackgroundRatio = "dirtyBackgroundRatio";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            message.dirtytimeExpireMs = reader.uint64();
                            message._dirtytimeExpireMs = "dirtytimeExpireMs";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            message.commitIntervalMs = reader.uint64();
                            message._commitIntervalMs = "commitIntervalMs";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mountOptions = value;
                            else
                                delete message.mountOptions;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.endsWithCaptureEnd = value;
                            else
                                delete message.endsWithCaptureEnd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CaptureHeader
             * @function getTypeUrl
             * @memberof faultreplay.v1.CaptureHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CaptureHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.CaptureHeader";
            };

            return CaptureHeader;
        })();

        v1.CaptureEnd = (function() {

            /**
             * Properties of a CaptureEnd.
             * @typedef {Object} faultreplay.v1.CaptureEnd.$Properties
             * @property {Long|null} [events] CaptureEnd events
             * @property {Long|null} [inputBytes] CaptureEnd inputBytes
             * @property {boolean|null} [inputDamaged] CaptureEnd inputDamaged
             * @property {Long|null} [badLines] CaptureEnd badLines
             * @property {Long|null} [payloadMismatchLines] CaptureEnd payloadMismatchLines
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CaptureEnd.
             * @memberof faultreplay.v1
             * @interface ICaptureEnd
             * @augments faultreplay.v1.CaptureEnd.$Properties
             * @deprecated Use faultreplay.v1.CaptureEnd.$Properties instead.
             */

            /**
             * Shape of a CaptureEnd.
             * @typedef {faultreplay.v1.CaptureEnd.$Properties} faultreplay.v1.CaptureEnd.$Shape
             */

            /**
             * Constructs a new CaptureEnd.
             * @memberof faultreplay.v1
             * @classdesc Represents a CaptureEnd.
             * @constructor
             * @param {faultreplay.v1.CaptureEnd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CaptureEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CaptureEnd events.
             * @member {Long} events
             * @memberof faultreplay.v1.CaptureEnd
             * @instance
             */
            CaptureEnd.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CaptureEnd inputBytes.
             * @member {Long} inputBytes
             * @memberof faultreplay.v1.CaptureEnd
             * @instance
             */
            CaptureEnd.prototype.inputBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CaptureEnd inputDamaged.
             * @member {boolean} inputDamaged
             * @memberof faultreplay.v1.CaptureEnd
             * @instance
             */
            CaptureEnd.prototype.inputDamaged = false;

            /**
             * CaptureEnd badLines.
             * @member {Long|null|undefined} badLines
             * @memberof faultreplay.v1.CaptureEnd
             * @instance
             */
            CaptureEnd.prototype.badLines = null;

            /**
             * CaptureEnd payloadMismatchLines.
             * @member {Long|null|undefined} payloadMismatchLines
             * @memberof faultreplay.v1.CaptureEnd
             * @instance
             */
            CaptureEnd.prototype.payloadMismatchLines = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureEnd.prototype, "_badLines", {
                get: $util.oneOfGetter($oneOfFields = ["badLines"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CaptureEnd.prototype, "_payloadMismatchLines", {
                get: $util.oneOfGetter($oneOfFields = ["payloadMismatchLines"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CaptureEnd instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.CaptureEnd
             * @static
             * @param {faultreplay.v1.CaptureEnd.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.CaptureEnd} CaptureEnd instance
             * @type {{
             *   (properties: faultreplay.v1.CaptureEnd.$Shape): faultreplay.v1.CaptureEnd & faultreplay.v1.CaptureEnd.$Shape;
             *   (properties?: faultreplay.v1.CaptureEnd.$Properties): faultreplay.v1.CaptureEnd;
             * }}
             */
            CaptureEnd.create = function(properties) {
                return new CaptureEnd(properties);
            };

            /**
             * Encodes the specified CaptureEnd message. Does not implicitly {@link faultreplay.v1.CaptureEnd.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.CaptureEnd
             * @static
             * @param {faultreplay.v1.CaptureEnd.$Properties} message CaptureEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaptureEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && $Object.hasOwnProperty.call(message, "events") && (typeof message.events === "object" ? message.events.low || message.events.high : message.events !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.events);
                if (message.inputBytes != null && $Object.hasOwnProperty.call(message, "inputBytes") && (typeof message.inputBytes === "object" ? message.inputBytes.low || message.inputBytes.high : message.inputBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.inputBytes);
                if (message.inputDamaged != null && $Object.hasOwnProperty.call(message, "inputDamaged") && message.inputDamaged !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.inputDamaged);
                if (message.badLines != null && $Object.hasOwnProperty.call(message, "badLines"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.badLines);
                if (message.payloadMismatchLines != null && $Object.hasOwnProperty.call(message, "payloadMismatchLines"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.payloadMismatchLines);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CaptureEnd message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.CaptureEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.CaptureEnd & faultreplay.v1.CaptureEnd.$Shape} CaptureEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaptureEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.CaptureEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.events = value;
                            else
                                delete message.events;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inputBytes = value;
                            else
                                delete message.inputBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inputDamaged = value;
                            else
                                delete message.inputDamaged;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.badLines = reader.uint64();
                            message._badLines = "badLines";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.payloadMismatchLines = reader.uint64();
                            message._payloadMismatchLines = "payloadMismatchLines";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CaptureEnd
             * @function getTypeUrl
             * @memberof faultreplay.v1.CaptureEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CaptureEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.CaptureEnd";
            };

            return CaptureEnd;
        })();

        v1.PageFault = (function() {

            /**
             * Properties of a PageFault.
             * @typedef {Object} faultreplay.v1.PageFault.$Properties
             * @property {Long|null} [address] PageFault address
             * @property {Long|null} [ip] PageFault ip
             * @property {number|null} [errorCode] PageFault errorCode
             * @property {boolean|null} [user] PageFault user
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PageFault.
             * @memberof faultreplay.v1
             * @interface IPageFault
             * @augments faultreplay.v1.PageFault.$Properties
             * @deprecated Use faultreplay.v1.PageFault.$Properties instead.
             */

            /**
             * Shape of a PageFault.
             * @typedef {faultreplay.v1.PageFault.$Properties} faultreplay.v1.PageFault.$Shape
             */

            /**
             * Constructs a new PageFault.
             * @memberof faultreplay.v1
             * @classdesc Represents a PageFault.
             * @constructor
             * @param {faultreplay.v1.PageFault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PageFault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PageFault address.
             * @member {Long} address
             * @memberof faultreplay.v1.PageFault
             * @instance
             */
            PageFault.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageFault ip.
             * @member {Long} ip
             * @memberof faultreplay.v1.PageFault
             * @instance
             */
            PageFault.prototype.ip = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageFault errorCode.
             * @member {number} errorCode
             * @memberof faultreplay.v1.PageFault
             * @instance
             */
            PageFault.prototype.errorCode = 0;

            /**
             * PageFault user.
             * @member {boolean} user
             * @memberof faultreplay.v1.PageFault
             * @instance
             */
            PageFault.prototype.user = false;

            /**
             * Creates a new PageFault instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.PageFault
             * @static
             * @param {faultreplay.v1.PageFault.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.PageFault} PageFault instance
             * @type {{
             *   (properties: faultreplay.v1.PageFault.$Shape): faultreplay.v1.PageFault & faultreplay.v1.PageFault.$Shape;
             *   (properties?: faultreplay.v1.PageFault.$Properties): faultreplay.v1.PageFault;
             * }}
             */
            PageFault.create = function(properties) {
                return new PageFault(properties);
            };

            /**
             * Encodes the specified PageFault message. Does not implicitly {@link faultreplay.v1.PageFault.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.PageFault
             * @static
             * @param {faultreplay.v1.PageFault.$Properties} message PageFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PageFault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && (typeof message.address === "object" ? message.address.low || message.address.high : message.address !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.address);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && (typeof message.ip === "object" ? message.ip.low || message.ip.high : message.ip !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ip);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.errorCode);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.user);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PageFault message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.PageFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageFault & faultreplay.v1.PageFault.$Shape} PageFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PageFault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.PageFault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PageFault
             * @function getTypeUrl
             * @memberof faultreplay.v1.PageFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PageFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.PageFault";
            };

            return PageFault;
        })();

        v1.FilemapFault = (function() {

            /**
             * Properties of a FilemapFault.
             * @typedef {Object} faultreplay.v1.FilemapFault.$Properties
             * @property {number|null} [dev] FilemapFault dev
             * @property {Long|null} [ino] FilemapFault ino
             * @property {Long|null} [offset] FilemapFault offset
             * @property {Long|null} [endOffset] FilemapFault endOffset
             * @property {boolean|null} [mapPages] FilemapFault mapPages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilemapFault.
             * @memberof faultreplay.v1
             * @interface IFilemapFault
             * @augments faultreplay.v1.FilemapFault.$Properties
             * @deprecated Use faultreplay.v1.FilemapFault.$Properties instead.
             */

            /**
             * Shape of a FilemapFault.
             * @typedef {faultreplay.v1.FilemapFault.$Properties} faultreplay.v1.FilemapFault.$Shape
             */

            /**
             * Constructs a new FilemapFault.
             * @memberof faultreplay.v1
             * @classdesc Represents a FilemapFault.
             * @constructor
             * @param {faultreplay.v1.FilemapFault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilemapFault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FilemapFault dev.
             * @member {number} dev
             * @memberof faultreplay.v1.FilemapFault
             * @instance
             */
            FilemapFault.prototype.dev = 0;

            /**
             * FilemapFault ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.FilemapFault
             * @instance
             */
            FilemapFault.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FilemapFault offset.
             * @member {Long} offset
             * @memberof faultreplay.v1.FilemapFault
             * @instance
             */
            FilemapFault.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FilemapFault endOffset.
             * @member {Long} endOffset
             * @memberof faultreplay.v1.FilemapFault
             * @instance
             */
            FilemapFault.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FilemapFault mapPages.
             * @member {boolean} mapPages
             * @memberof faultreplay.v1.FilemapFault
             * @instance
             */
            FilemapFault.prototype.mapPages = false;

            /**
             * Creates a new FilemapFault instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.FilemapFault
             * @static
             * @param {faultreplay.v1.FilemapFault.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.FilemapFault} FilemapFault instance
             * @type {{
             *   (properties: faultreplay.v1.FilemapFault.$Shape): faultreplay.v1.FilemapFault & faultreplay.v1.FilemapFault.$Shape;
             *   (properties?: faultreplay.v1.FilemapFault.$Properties): faultreplay.v1.FilemapFault;
             * }}
             */
            FilemapFault.create = function(properties) {
                return new FilemapFault(properties);
            };

            /**
             * Encodes the specified FilemapFault message. Does not implicitly {@link faultreplay.v1.FilemapFault.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.FilemapFault
             * @static
             * @param {faultreplay.v1.FilemapFault.$Properties} message FilemapFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilemapFault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.endOffset);
                if (message.mapPages != null && $Object.hasOwnProperty.call(message, "mapPages") && message.mapPages !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.mapPages);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FilemapFault message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.FilemapFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.FilemapFault & faultreplay.v1.FilemapFault.$Shape} FilemapFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilemapFault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.FilemapFault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mapPages = value;
                            else
                                delete message.mapPages;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FilemapFault
             * @function getTypeUrl
             * @memberof faultreplay.v1.FilemapFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FilemapFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.FilemapFault";
            };

            return FilemapFault;
        })();

        v1.PageDirtied = (function() {

            /**
             * Properties of a PageDirtied.
             * @typedef {Object} faultreplay.v1.PageDirtied.$Properties
             * @property {number|null} [dev] PageDirtied dev
             * @property {Long|null} [ino] PageDirtied ino
             * @property {Long|null} [index] PageDirtied index
             * @property {boolean|null} [legacyPageEvent] PageDirtied legacyPageEvent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PageDirtied.
             * @memberof faultreplay.v1
             * @interface IPageDirtied
             * @augments faultreplay.v1.PageDirtied.$Properties
             * @deprecated Use faultreplay.v1.PageDirtied.$Properties instead.
             */

            /**
             * Shape of a PageDirtied.
             * @typedef {faultreplay.v1.PageDirtied.$Properties} faultreplay.v1.PageDirtied.$Shape
             */

            /**
             * Constructs a new PageDirtied.
             * @memberof faultreplay.v1
             * @classdesc Represents a PageDirtied.
             * @constructor
             * @param {faultreplay.v1.PageDirtied.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PageDirtied = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PageDirtied dev.
             * @member {number} dev
             * @memberof faultreplay.v1.PageDirtied
             * @instance
             */
            PageDirtied.prototype.dev = 0;

            /**
             * PageDirtied ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.PageDirtied
             * @instance
             */
            PageDirtied.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageDirtied index.
             * @member {Long} index
             * @memberof faultreplay.v1.PageDirtied
             * @instance
             */
            PageDirtied.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageDirtied legacyPageEvent.
             * @member {boolean} legacyPageEvent
             * @memberof faultreplay.v1.PageDirtied
             * @instance
             */
            PageDirtied.prototype.legacyPageEvent = false;

            /**
             * Creates a new PageDirtied instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.PageDirtied
             * @static
             * @param {faultreplay.v1.PageDirtied.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.PageDirtied} PageDirtied instance
             * @type {{
             *   (properties: faultreplay.v1.PageDirtied.$Shape): faultreplay.v1.PageDirtied & faultreplay.v1.PageDirtied.$Shape;
             *   (properties?: faultreplay.v1.PageDirtied.$Properties): faultreplay.v1.PageDirtied;
             * }}
             */
            PageDirtied.create = function(properties) {
                return new PageDirtied(properties);
            };

            /**
             * Encodes the specified PageDirtied message. Does not implicitly {@link faultreplay.v1.PageDirtied.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.PageDirtied
             * @static
             * @param {faultreplay.v1.PageDirtied.$Properties} message PageDirtied message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PageDirtied.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.index);
                if (message.legacyPageEvent != null && $Object.hasOwnProperty.call(message, "legacyPageEvent") && message.legacyPageEvent !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.legacyPageEvent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PageDirtied message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.PageDirtied
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageDirtied & faultreplay.v1.PageDirtied.$Shape} PageDirtied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PageDirtied.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.PageDirtied();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.legacyPageEvent = value;
                            else
                                delete message.legacyPageEvent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PageDirtied
             * @function getTypeUrl
             * @memberof faultreplay.v1.PageDirtied
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PageDirtied.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.PageDirtied";
            };

            return PageDirtied;
        })();

        v1.InodeDirtied = (function() {

            /**
             * Properties of an InodeDirtied.
             * @typedef {Object} faultreplay.v1.InodeDirtied.$Properties
             * @property {number|null} [dev] InodeDirtied dev
             * @property {Long|null} [ino] InodeDirtied ino
             * @property {number|null} [flags] InodeDirtied flags
             * @property {number|null} [state] InodeDirtied state
             * @property {string|null} [stage] InodeDirtied stage
             * @property {Long|null} [rawFlags] InodeDirtied rawFlags
             * @property {Long|null} [rawState] InodeDirtied rawState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InodeDirtied.
             * @memberof faultreplay.v1
             * @interface IInodeDirtied
             * @augments faultreplay.v1.InodeDirtied.$Properties
             * @deprecated Use faultreplay.v1.InodeDirtied.$Properties instead.
             */

            /**
             * Shape of an InodeDirtied.
             * @typedef {faultreplay.v1.InodeDirtied.$Properties} faultreplay.v1.InodeDirtied.$Shape
             */

            /**
             * Constructs a new InodeDirtied.
             * @memberof faultreplay.v1
             * @classdesc Represents an InodeDirtied.
             * @constructor
             * @param {faultreplay.v1.InodeDirtied.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InodeDirtied = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InodeDirtied dev.
             * @member {number} dev
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.dev = 0;

            /**
             * InodeDirtied ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InodeDirtied flags.
             * @member {number} flags
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.flags = 0;

            /**
             * InodeDirtied state.
             * @member {number} state
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.state = 0;

            /**
             * InodeDirtied stage.
             * @member {string} stage
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.stage = "";

            /**
             * InodeDirtied rawFlags.
             * @member {Long} rawFlags
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.rawFlags = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InodeDirtied rawState.
             * @member {Long} rawState
             * @memberof faultreplay.v1.InodeDirtied
             * @instance
             */
            InodeDirtied.prototype.rawState = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new InodeDirtied instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.InodeDirtied
             * @static
             * @param {faultreplay.v1.InodeDirtied.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.InodeDirtied} InodeDirtied instance
             * @type {{
             *   (properties: faultreplay.v1.InodeDirtied.$Shape): faultreplay.v1.InodeDirtied & faultreplay.v1.InodeDirtied.$Shape;
             *   (properties?: faultreplay.v1.InodeDirtied.$Properties): faultreplay.v1.InodeDirtied;
             * }}
             */
            InodeDirtied.create = function(properties) {
                return new InodeDirtied(properties);
            };

            /**
             * Encodes the specified InodeDirtied message. Does not implicitly {@link faultreplay.v1.InodeDirtied.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.InodeDirtied
             * @static
             * @param {faultreplay.v1.InodeDirtied.$Properties} message InodeDirtied message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InodeDirtied.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.state);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.stage);
                if (message.rawFlags != null && $Object.hasOwnProperty.call(message, "rawFlags") && (typeof message.rawFlags === "object" ? message.rawFlags.low || message.rawFlags.high : message.rawFlags !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.rawFlags);
                if (message.rawState != null && $Object.hasOwnProperty.call(message, "rawState") && (typeof message.rawState === "object" ? message.rawState.low || message.rawState.high : message.rawState !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.rawState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InodeDirtied message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.InodeDirtied
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.InodeDirtied & faultreplay.v1.InodeDirtied.$Shape} InodeDirtied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InodeDirtied.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.InodeDirtied();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.flags = value;
                            else
                                delete message.flags;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rawFlags = value;
                            else
                                delete message.rawFlags;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rawState = value;
                            else
                                delete message.rawState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for InodeDirtied
             * @function getTypeUrl
             * @memberof faultreplay.v1.InodeDirtied
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InodeDirtied.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.InodeDirtied";
            };

            return InodeDirtied;
        })();

        v1.InodeMarkedDirty = (function() {

            /**
             * Properties of an InodeMarkedDirty.
             * @typedef {Object} faultreplay.v1.InodeMarkedDirty.$Properties
             * @property {number|null} [dev] InodeMarkedDirty dev
             * @property {Long|null} [ino] InodeMarkedDirty ino
             * @property {string|null} [caller] InodeMarkedDirty caller
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InodeMarkedDirty.
             * @memberof faultreplay.v1
             * @interface IInodeMarkedDirty
             * @augments faultreplay.v1.InodeMarkedDirty.$Properties
             * @deprecated Use faultreplay.v1.InodeMarkedDirty.$Properties instead.
             */

            /**
             * Shape of an InodeMarkedDirty.
             * @typedef {faultreplay.v1.InodeMarkedDirty.$Properties} faultreplay.v1.InodeMarkedDirty.$Shape
             */

            /**
             * Constructs a new InodeMarkedDirty.
             * @memberof faultreplay.v1
             * @classdesc Represents an InodeMarkedDirty.
             * @constructor
             * @param {faultreplay.v1.InodeMarkedDirty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InodeMarkedDirty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InodeMarkedDirty dev.
             * @member {number} dev
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @instance
             */
            InodeMarkedDirty.prototype.dev = 0;

            /**
             * InodeMarkedDirty ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @instance
             */
            InodeMarkedDirty.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InodeMarkedDirty caller.
             * @member {string} caller
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @instance
             */
            InodeMarkedDirty.prototype.caller = "";

            /**
             * Creates a new InodeMarkedDirty instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @static
             * @param {faultreplay.v1.InodeMarkedDirty.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.InodeMarkedDirty} InodeMarkedDirty instance
             * @type {{
             *   (properties: faultreplay.v1.InodeMarkedDirty.$Shape): faultreplay.v1.InodeMarkedDirty & faultreplay.v1.InodeMarkedDirty.$Shape;
             *   (properties?: faultreplay.v1.InodeMarkedDirty.$Properties): faultreplay.v1.InodeMarkedDirty;
             * }}
             */
            InodeMarkedDirty.create = function(properties) {
                return new InodeMarkedDirty(properties);
            };

            /**
             * Encodes the specified InodeMarkedDirty message. Does not implicitly {@link faultreplay.v1.InodeMarkedDirty.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @static
             * @param {faultreplay.v1.InodeMarkedDirty.$Properties} message InodeMarkedDirty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InodeMarkedDirty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller") && message.caller !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.caller);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InodeMarkedDirty message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.InodeMarkedDirty & faultreplay.v1.InodeMarkedDirty.$Shape} InodeMarkedDirty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InodeMarkedDirty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.InodeMarkedDirty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caller = value;
                            else
                                delete message.caller;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for InodeMarkedDirty
             * @function getTypeUrl
             * @memberof faultreplay.v1.InodeMarkedDirty
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InodeMarkedDirty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.InodeMarkedDirty";
            };

            return InodeMarkedDirty;
        })();

        v1.WritepagesStart = (function() {

            /**
             * Properties of a WritepagesStart.
             * @typedef {Object} faultreplay.v1.WritepagesStart.$Properties
             * @property {number|null} [dev] WritepagesStart dev
             * @property {Long|null} [ino] WritepagesStart ino
             * @property {Long|null} [nrToWrite] WritepagesStart nrToWrite
             * @property {Long|null} [rangeStart] WritepagesStart rangeStart
             * @property {Long|null} [rangeEnd] WritepagesStart rangeEnd
             * @property {number|null} [syncMode] WritepagesStart syncMode
             * @property {boolean|null} [forKupdate] WritepagesStart forKupdate
             * @property {string|null} [source] WritepagesStart source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WritepagesStart.
             * @memberof faultreplay.v1
             * @interface IWritepagesStart
             * @augments faultreplay.v1.WritepagesStart.$Properties
             * @deprecated Use faultreplay.v1.WritepagesStart.$Properties instead.
             */

            /**
             * Shape of a WritepagesStart.
             * @typedef {faultreplay.v1.WritepagesStart.$Properties} faultreplay.v1.WritepagesStart.$Shape
             */

            /**
             * Constructs a new WritepagesStart.
             * @memberof faultreplay.v1
             * @classdesc Represents a WritepagesStart.
             * @constructor
             * @param {faultreplay.v1.WritepagesStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WritepagesStart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WritepagesStart dev.
             * @member {number} dev
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.dev = 0;

            /**
             * WritepagesStart ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WritepagesStart nrToWrite.
             * @member {Long} nrToWrite
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.nrToWrite = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritepagesStart rangeStart.
             * @member {Long} rangeStart
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.rangeStart = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritepagesStart rangeEnd.
             * @member {Long} rangeEnd
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.rangeEnd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritepagesStart syncMode.
             * @member {number} syncMode
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.syncMode = 0;

            /**
             * WritepagesStart forKupdate.
             * @member {boolean} forKupdate
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.forKupdate = false;

            /**
             * WritepagesStart source.
             * @member {string} source
             * @memberof faultreplay.v1.WritepagesStart
             * @instance
             */
            WritepagesStart.prototype.source = "";

            /**
             * Creates a new WritepagesStart instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.WritepagesStart
             * @static
             * @param {faultreplay.v1.WritepagesStart.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.WritepagesStart} WritepagesStart instance
             * @type {{
             *   (properties: faultreplay.v1.WritepagesStart.$Shape): faultreplay.v1.WritepagesStart & faultreplay.v1.WritepagesStart.$Shape;
             *   (properties?: faultreplay.v1.WritepagesStart.$Properties): faultreplay.v1.WritepagesStart;
             * }}
             */
            WritepagesStart.create = function(properties) {
                return new WritepagesStart(properties);
            };

            /**
             * Encodes the specified WritepagesStart message. Does not implicitly {@link faultreplay.v1.WritepagesStart.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.WritepagesStart
             * @static
             * @param {faultreplay.v1.WritepagesStart.$Properties} message WritepagesStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WritepagesStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.nrToWrite != null && $Object.hasOwnProperty.call(message, "nrToWrite") && (typeof message.nrToWrite === "object" ? message.nrToWrite.low || message.nrToWrite.high : message.nrToWrite !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.nrToWrite);
                if (message.rangeStart != null && $Object.hasOwnProperty.call(message, "rangeStart") && (typeof message.rangeStart === "object" ? message.rangeStart.low || message.rangeStart.high : message.rangeStart !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.rangeStart);
                if (message.rangeEnd != null && $Object.hasOwnProperty.call(message, "rangeEnd") && (typeof message.rangeEnd === "object" ? message.rangeEnd.low || message.rangeEnd.high : message.rangeEnd !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.rangeEnd);
                if (message.syncMode != null && $Object.hasOwnProperty.call(message, "syncMode") && message.syncMode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.syncMode);
                if (message.forKupdate != null && $Object.hasOwnProperty.call(message, "forKupdate") && message.forKupdate !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.forKupdate);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WritepagesStart message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.WritepagesStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritepagesStart & faultreplay.v1.WritepagesStart.$Shape} WritepagesStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WritepagesStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.WritepagesStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nrToWrite = value;
                            else
                                delete message.nrToWrite;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.rangeStart = value;
                            else
                                delete message.rangeStart;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.rangeEnd = value;
                            else
                                delete message.rangeEnd;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncMode = value;
                            else
                                delete message.syncMode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.forKupdate = value;
                            else
                                delete message.forKupdate;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WritepagesStart
             * @function getTypeUrl
             * @memberof faultreplay.v1.WritepagesStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WritepagesStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.WritepagesStart";
            };

            return WritepagesStart;
        })();

        v1.WritepagesResult = (function() {

            /**
             * Properties of a WritepagesResult.
             * @typedef {Object} faultreplay.v1.WritepagesResult.$Properties
             * @property {number|null} [dev] WritepagesResult dev
             * @property {Long|null} [ino] WritepagesResult ino
             * @property {Long|null} [ret] WritepagesResult ret
             * @property {Long|null} [pagesWritten] WritepagesResult pagesWritten
             * @property {number|null} [syncMode] WritepagesResult syncMode
             * @property {string|null} [source] WritepagesResult source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WritepagesResult.
             * @memberof faultreplay.v1
             * @interface IWritepagesResult
             * @augments faultreplay.v1.WritepagesResult.$Properties
             * @deprecated Use faultreplay.v1.WritepagesResult.$Properties instead.
             */

            /**
             * Shape of a WritepagesResult.
             * @typedef {faultreplay.v1.WritepagesResult.$Properties} faultreplay.v1.WritepagesResult.$Shape
             */

            /**
             * Constructs a new WritepagesResult.
             * @memberof faultreplay.v1
             * @classdesc Represents a WritepagesResult.
             * @constructor
             * @param {faultreplay.v1.WritepagesResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WritepagesResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WritepagesResult dev.
             * @member {number} dev
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.dev = 0;

            /**
             * WritepagesResult ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WritepagesResult ret.
             * @member {Long} ret
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.ret = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritepagesResult pagesWritten.
             * @member {Long} pagesWritten
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.pagesWritten = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritepagesResult syncMode.
             * @member {number} syncMode
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.syncMode = 0;

            /**
             * WritepagesResult source.
             * @member {string} source
             * @memberof faultreplay.v1.WritepagesResult
             * @instance
             */
            WritepagesResult.prototype.source = "";

            /**
             * Creates a new WritepagesResult instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.WritepagesResult
             * @static
             * @param {faultreplay.v1.WritepagesResult.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.WritepagesResult} WritepagesResult instance
             * @type {{
             *   (properties: faultreplay.v1.WritepagesResult.$Shape): faultreplay.v1.WritepagesResult & faultreplay.v1.WritepagesResult.$Shape;
             *   (properties?: faultreplay.v1.WritepagesResult.$Properties): faultreplay.v1.WritepagesResult;
             * }}
             */
            WritepagesResult.create = function(properties) {
                return new WritepagesResult(properties);
            };

            /**
             * Encodes the specified WritepagesResult message. Does not implicitly {@link faultreplay.v1.WritepagesResult.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.WritepagesResult
             * @static
             * @param {faultreplay.v1.WritepagesResult.$Properties} message WritepagesResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WritepagesResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.ret != null && $Object.hasOwnProperty.call(message, "ret") && (typeof message.ret === "object" ? message.ret.low || message.ret.high : message.ret !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ret);
                if (message.pagesWritten != null && $Object.hasOwnProperty.call(message, "pagesWritten") && (typeof message.pagesWritten === "object" ? message.pagesWritten.low || message.pagesWritten.high : message.pagesWritten !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.pagesWritten);
                if (message.syncMode != null && $Object.hasOwnProperty.call(message, "syncMode") && message.syncMode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.syncMode);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WritepagesResult message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.WritepagesResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritepagesResult & faultreplay.v1.WritepagesResult.$Shape} WritepagesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WritepagesResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.WritepagesResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ret = value;
                            else
                                delete message.ret;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.pagesWritten = value;
                            else
                                delete message.pagesWritten;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncMode = value;
                            else
                                delete message.syncMode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WritepagesResult
             * @function getTypeUrl
             * @memberof faultreplay.v1.WritepagesResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WritepagesResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.WritepagesResult";
            };

            return WritepagesResult;
        })();

        v1.WritebackWork = (function() {

            /**
             * Properties of a WritebackWork.
             * @typedef {Object} faultreplay.v1.WritebackWork.$Properties
             * @property {number|null} [dev] WritebackWork dev
             * @property {Long|null} [nrPages] WritebackWork nrPages
             * @property {number|null} [syncMode] WritebackWork syncMode
             * @property {boolean|null} [kupdate] WritebackWork kupdate
             * @property {boolean|null} [background] WritebackWork background
             * @property {string|null} [reason] WritebackWork reason
             * @property {string|null} [phase] WritebackWork phase
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WritebackWork.
             * @memberof faultreplay.v1
             * @interface IWritebackWork
             * @augments faultreplay.v1.WritebackWork.$Properties
             * @deprecated Use faultreplay.v1.WritebackWork.$Properties instead.
             */

            /**
             * Shape of a WritebackWork.
             * @typedef {faultreplay.v1.WritebackWork.$Properties} faultreplay.v1.WritebackWork.$Shape
             */

            /**
             * Constructs a new WritebackWork.
             * @memberof faultreplay.v1
             * @classdesc Represents a WritebackWork.
             * @constructor
             * @param {faultreplay.v1.WritebackWork.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WritebackWork = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WritebackWork dev.
             * @member {number} dev
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.dev = 0;

            /**
             * WritebackWork nrPages.
             * @member {Long} nrPages
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.nrPages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WritebackWork syncMode.
             * @member {number} syncMode
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.syncMode = 0;

            /**
             * WritebackWork kupdate.
             * @member {boolean} kupdate
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.kupdate = false;

            /**
             * WritebackWork background.
             * @member {boolean} background
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.background = false;

            /**
             * WritebackWork reason.
             * @member {string} reason
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.reason = "";

            /**
             * WritebackWork phase.
             * @member {string} phase
             * @memberof faultreplay.v1.WritebackWork
             * @instance
             */
            WritebackWork.prototype.phase = "";

            /**
             * Creates a new WritebackWork instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.WritebackWork
             * @static
             * @param {faultreplay.v1.WritebackWork.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.WritebackWork} WritebackWork instance
             * @type {{
             *   (properties: faultreplay.v1.WritebackWork.$Shape): faultreplay.v1.WritebackWork & faultreplay.v1.WritebackWork.$Shape;
             *   (properties?: faultreplay.v1.WritebackWork.$Properties): faultreplay.v1.WritebackWork;
             * }}
             */
            WritebackWork.create = function(properties) {
                return new WritebackWork(properties);
            };

            /**
             * Encodes the specified WritebackWork message. Does not implicitly {@link faultreplay.v1.WritebackWork.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.WritebackWork
             * @static
             * @param {faultreplay.v1.WritebackWork.$Properties} message WritebackWork message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WritebackWork.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.nrPages != null && $Object.hasOwnProperty.call(message, "nrPages") && (typeof message.nrPages === "object" ? message.nrPages.low || message.nrPages.high : message.nrPages !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.nrPages);
                if (message.syncMode != null && $Object.hasOwnProperty.call(message, "syncMode") && message.syncMode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.syncMode);
                if (message.kupdate != null && $Object.hasOwnProperty.call(message, "kupdate") && message.kupdate !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.kupdate);
                if (message.background != null && $Object.hasOwnProperty.call(message, "background") && message.background !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.background);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.phase);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WritebackWork message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.WritebackWork
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritebackWork & faultreplay.v1.WritebackWork.$Shape} WritebackWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WritebackWork.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.WritebackWork();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nrPages = value;
                            else
                                delete message.nrPages;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncMode = value;
                            else
                                delete message.syncMode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.kupdate = value;
                            else
                                delete message.kupdate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.background = value;
                            else
                                delete message.background;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WritebackWork
             * @function getTypeUrl
             * @memberof faultreplay.v1.WritebackWork
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WritebackWork.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.WritebackWork";
            };

            return WritebackWork;
        })();

        v1.WritebackWait = (function() {

            /**
             * Properties of a WritebackWait.
             * @typedef {Object} faultreplay.v1.WritebackWait.$Properties
             * @property {number|null} [dev] WritebackWait dev
             * @property {Long|null} [ino] WritebackWait ino
             * @property {Long|null} [index] WritebackWait index
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WritebackWait.
             * @memberof faultreplay.v1
             * @interface IWritebackWait
             * @augments faultreplay.v1.WritebackWait.$Properties
             * @deprecated Use faultreplay.v1.WritebackWait.$Properties instead.
             */

            /**
             * Shape of a WritebackWait.
             * @typedef {faultreplay.v1.WritebackWait.$Properties} faultreplay.v1.WritebackWait.$Shape
             */

            /**
             * Constructs a new WritebackWait.
             * @memberof faultreplay.v1
             * @classdesc Represents a WritebackWait.
             * @constructor
             * @param {faultreplay.v1.WritebackWait.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WritebackWait = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WritebackWait dev.
             * @member {number} dev
             * @memberof faultreplay.v1.WritebackWait
             * @instance
             */
            WritebackWait.prototype.dev = 0;

            /**
             * WritebackWait ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.WritebackWait
             * @instance
             */
            WritebackWait.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WritebackWait index.
             * @member {Long} index
             * @memberof faultreplay.v1.WritebackWait
             * @instance
             */
            WritebackWait.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WritebackWait instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.WritebackWait
             * @static
             * @param {faultreplay.v1.WritebackWait.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.WritebackWait} WritebackWait instance
             * @type {{
             *   (properties: faultreplay.v1.WritebackWait.$Shape): faultreplay.v1.WritebackWait & faultreplay.v1.WritebackWait.$Shape;
             *   (properties?: faultreplay.v1.WritebackWait.$Properties): faultreplay.v1.WritebackWait;
             * }}
             */
            WritebackWait.create = function(properties) {
                return new WritebackWait(properties);
            };

            /**
             * Encodes the specified WritebackWait message. Does not implicitly {@link faultreplay.v1.WritebackWait.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.WritebackWait
             * @static
             * @param {faultreplay.v1.WritebackWait.$Properties} message WritebackWait message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WritebackWait.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WritebackWait message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.WritebackWait
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritebackWait & faultreplay.v1.WritebackWait.$Shape} WritebackWait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WritebackWait.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.WritebackWait();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WritebackWait
             * @function getTypeUrl
             * @memberof faultreplay.v1.WritebackWait
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WritebackWait.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.WritebackWait";
            };

            return WritebackWait;
        })();

        v1.JournalHandle = (function() {

            /**
             * Properties of a JournalHandle.
             * @typedef {Object} faultreplay.v1.JournalHandle.$Properties
             * @property {number|null} [dev] JournalHandle dev
             * @property {number|null} [tid] JournalHandle tid
             * @property {number|null} [type] JournalHandle type
             * @property {number|null} [lineNo] JournalHandle lineNo
             * @property {number|null} [requestedBlocks] JournalHandle requestedBlocks
             * @property {string|null} [phase] JournalHandle phase
             * @property {number|null} [dirtiedBlocks] JournalHandle dirtiedBlocks
             * @property {number|null} [interval] JournalHandle interval
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JournalHandle.
             * @memberof faultreplay.v1
             * @interface IJournalHandle
             * @augments faultreplay.v1.JournalHandle.$Properties
             * @deprecated Use faultreplay.v1.JournalHandle.$Properties instead.
             */

            /**
             * Shape of a JournalHandle.
             * @typedef {faultreplay.v1.JournalHandle.$Properties} faultreplay.v1.JournalHandle.$Shape
             */

            /**
             * Constructs a new JournalHandle.
             * @memberof faultreplay.v1
             * @classdesc Represents a JournalHandle.
             * @constructor
             * @param {faultreplay.v1.JournalHandle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JournalHandle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JournalHandle dev.
             * @member {number} dev
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.dev = 0;

            /**
             * JournalHandle tid.
             * @member {number} tid
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.tid = 0;

            /**
             * JournalHandle type.
             * @member {number} type
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.type = 0;

            /**
             * JournalHandle lineNo.
             * @member {number} lineNo
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.lineNo = 0;

            /**
             * JournalHandle requestedBlocks.
             * @member {number} requestedBlocks
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.requestedBlocks = 0;

            /**
             * JournalHandle phase.
             * @member {string} phase
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.phase = "";

            /**
             * JournalHandle dirtiedBlocks.
             * @member {number} dirtiedBlocks
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.dirtiedBlocks = 0;

            /**
             * JournalHandle interval.
             * @member {number} interval
             * @memberof faultreplay.v1.JournalHandle
             * @instance
             */
            JournalHandle.prototype.interval = 0;

            /**
             * Creates a new JournalHandle instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.JournalHandle
             * @static
             * @param {faultreplay.v1.JournalHandle.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.JournalHandle} JournalHandle instance
             * @type {{
             *   (properties: faultreplay.v1.JournalHandle.$Shape): faultreplay.v1.JournalHandle & faultreplay.v1.JournalHandle.$Shape;
             *   (properties?: faultreplay.v1.JournalHandle.$Properties): faultreplay.v1.JournalHandle;
             * }}
             */
            JournalHandle.create = function(properties) {
                return new JournalHandle(properties);
            };

            /**
             * Encodes the specified JournalHandle message. Does not implicitly {@link faultreplay.v1.JournalHandle.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.JournalHandle
             * @static
             * @param {faultreplay.v1.JournalHandle.$Properties} message JournalHandle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JournalHandle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.tid != null && $Object.hasOwnProperty.call(message, "tid") && message.tid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tid);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.type);
                if (message.lineNo != null && $Object.hasOwnProperty.call(message, "lineNo") && message.lineNo !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.lineNo);
                if (message.requestedBlocks != null && $Object.hasOwnProperty.call(message, "requestedBlocks") && message.requestedBlocks !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.requestedBlocks);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.phase);
                if (message.dirtiedBlocks != null && $Object.hasOwnProperty.call(message, "dirtiedBlocks") && message.dirtiedBlocks !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.dirtiedBlocks);
                if (message.interval != null && $Object.hasOwnProperty.call(message, "interval") && message.interval !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.interval);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JournalHandle message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.JournalHandle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalHandle & faultreplay.v1.JournalHandle.$Shape} JournalHandle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JournalHandle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.JournalHandle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tid = value;
                            else
                                delete message.tid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineNo = value;
                            else
                                delete message.lineNo;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.requestedBlocks = value;
                            else
                                delete message.requestedBlocks;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dirtiedBlocks = value;
                            else
                                delete message.dirtiedBlocks;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.interval = value;
                            else
                                delete message.interval;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for JournalHandle
             * @function getTypeUrl
             * @memberof faultreplay.v1.JournalHandle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JournalHandle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.JournalHandle";
            };

            return JournalHandle;
        })();

        v1.JournalCommit = (function() {

            /**
             * Properties of a JournalCommit.
             * @typedef {Object} faultreplay.v1.JournalCommit.$Properties
             * @property {number|null} [dev] JournalCommit dev
             * @property {number|null} [tid] JournalCommit tid
             * @property {boolean|null} [sync] JournalCommit sync
             * @property {string|null} [phase] JournalCommit phase
             * @property {number|null} [head] JournalCommit head
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JournalCommit.
             * @memberof faultreplay.v1
             * @interface IJournalCommit
             * @augments faultreplay.v1.JournalCommit.$Properties
             * @deprecated Use faultreplay.v1.JournalCommit.$Properties instead.
             */

            /**
             * Shape of a JournalCommit.
             * @typedef {faultreplay.v1.JournalCommit.$Properties} faultreplay.v1.JournalCommit.$Shape
             */

            /**
             * Constructs a new JournalCommit.
             * @memberof faultreplay.v1
             * @classdesc Represents a JournalCommit.
             * @constructor
             * @param {faultreplay.v1.JournalCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JournalCommit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JournalCommit dev.
             * @member {number} dev
             * @memberof faultreplay.v1.JournalCommit
             * @instance
             */
            JournalCommit.prototype.dev = 0;

            /**
             * JournalCommit tid.
             * @member {number} tid
             * @memberof faultreplay.v1.JournalCommit
             * @instance
             */
            JournalCommit.prototype.tid = 0;

            /**
             * JournalCommit sync.
             * @member {boolean} sync
             * @memberof faultreplay.v1.JournalCommit
             * @instance
             */
            JournalCommit.prototype.sync = false;

            /**
             * JournalCommit phase.
             * @member {string} phase
             * @memberof faultreplay.v1.JournalCommit
             * @instance
             */
            JournalCommit.prototype.phase = "";

            /**
             * JournalCommit head.
             * @member {number} head
             * @memberof faultreplay.v1.JournalCommit
             * @instance
             */
            JournalCommit.prototype.head = 0;

            /**
             * Creates a new JournalCommit instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.JournalCommit
             * @static
             * @param {faultreplay.v1.JournalCommit.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.JournalCommit} JournalCommit instance
             * @type {{
             *   (properties: faultreplay.v1.JournalCommit.$Shape): faultreplay.v1.JournalCommit & faultreplay.v1.JournalCommit.$Shape;
             *   (properties?: faultreplay.v1.JournalCommit.$Properties): faultreplay.v1.JournalCommit;
             * }}
             */
            JournalCommit.create = function(properties) {
                return new JournalCommit(properties);
            };

            /**
             * Encodes the specified JournalCommit message. Does not implicitly {@link faultreplay.v1.JournalCommit.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.JournalCommit
             * @static
             * @param {faultreplay.v1.JournalCommit.$Properties} message JournalCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JournalCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.tid != null && $Object.hasOwnProperty.call(message, "tid") && message.tid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tid);
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync") && message.sync !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.sync);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.phase);
                if (message.head != null && $Object.hasOwnProperty.call(message, "head") && message.head !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.head);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JournalCommit message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.JournalCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalCommit & faultreplay.v1.JournalCommit.$Shape} JournalCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JournalCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.JournalCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tid = value;
                            else
                                delete message.tid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sync = value;
                            else
                                delete message.sync;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.head = value;
                            else
                                delete message.head;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for JournalCommit
             * @function getTypeUrl
             * @memberof faultreplay.v1.JournalCommit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JournalCommit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.JournalCommit";
            };

            return JournalCommit;
        })();

        v1.JournalRunStats = (function() {

            /**
             * Properties of a JournalRunStats.
             * @typedef {Object} faultreplay.v1.JournalRunStats.$Properties
             * @property {number|null} [dev] JournalRunStats dev
             * @property {number|null} [tid] JournalRunStats tid
             * @property {number|null} [waitMs] JournalRunStats waitMs
             * @property {number|null} [requestDelayMs] JournalRunStats requestDelayMs
             * @property {number|null} [runningMs] JournalRunStats runningMs
             * @property {number|null} [lockedMs] JournalRunStats lockedMs
             * @property {number|null} [flushingMs] JournalRunStats flushingMs
             * @property {number|null} [loggingMs] JournalRunStats loggingMs
             * @property {number|null} [handleCount] JournalRunStats handleCount
             * @property {number|null} [blocks] JournalRunStats blocks
             * @property {number|null} [blocksLogged] JournalRunStats blocksLogged
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JournalRunStats.
             * @memberof faultreplay.v1
             * @interface IJournalRunStats
             * @augments faultreplay.v1.JournalRunStats.$Properties
             * @deprecated Use faultreplay.v1.JournalRunStats.$Properties instead.
             */

            /**
             * Shape of a JournalRunStats.
             * @typedef {faultreplay.v1.JournalRunStats.$Properties} faultreplay.v1.JournalRunStats.$Shape
             */

            /**
             * Constructs a new JournalRunStats.
             * @memberof faultreplay.v1
             * @classdesc Represents a JournalRunStats.
             * @constructor
             * @param {faultreplay.v1.JournalRunStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JournalRunStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JournalRunStats dev.
             * @member {number} dev
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.dev = 0;

            /**
             * JournalRunStats tid.
             * @member {number} tid
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.tid = 0;

            /**
             * JournalRunStats waitMs.
             * @member {number} waitMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.waitMs = 0;

            /**
             * JournalRunStats requestDelayMs.
             * @member {number} requestDelayMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.requestDelayMs = 0;

            /**
             * JournalRunStats runningMs.
             * @member {number} runningMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.runningMs = 0;

            /**
             * JournalRunStats lockedMs.
             * @member {number} lockedMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.lockedMs = 0;

            /**
             * JournalRunStats flushingMs.
             * @member {number} flushingMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.flushingMs = 0;

            /**
             * JournalRunStats loggingMs.
             * @member {number} loggingMs
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.loggingMs = 0;

            /**
             * JournalRunStats handleCount.
             * @member {number} handleCount
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.handleCount = 0;

            /**
             * JournalRunStats blocks.
             * @member {number} blocks
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.blocks = 0;

            /**
             * JournalRunStats blocksLogged.
             * @member {number} blocksLogged
             * @memberof faultreplay.v1.JournalRunStats
             * @instance
             */
            JournalRunStats.prototype.blocksLogged = 0;

            /**
             * Creates a new JournalRunStats instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.JournalRunStats
             * @static
             * @param {faultreplay.v1.JournalRunStats.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.JournalRunStats} JournalRunStats instance
             * @type {{
             *   (properties: faultreplay.v1.JournalRunStats.$Shape): faultreplay.v1.JournalRunStats & faultreplay.v1.JournalRunStats.$Shape;
             *   (properties?: faultreplay.v1.JournalRunStats.$Properties): faultreplay.v1.JournalRunStats;
             * }}
             */
            JournalRunStats.create = function(properties) {
                return new JournalRunStats(properties);
            };

            /**
             * Encodes the specified JournalRunStats message. Does not implicitly {@link faultreplay.v1.JournalRunStats.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.JournalRunStats
             * @static
             * @param {faultreplay.v1.JournalRunStats.$Properties} message JournalRunStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JournalRunStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.tid != null && $Object.hasOwnProperty.call(message, "tid") && message.tid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tid);
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && message.waitMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.waitMs);
                if (message.requestDelayMs != null && $Object.hasOwnProperty.call(message, "requestDelayMs") && message.requestDelayMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.requestDelayMs);
                if (message.runningMs != null && $Object.hasOwnProperty.call(message, "runningMs") && message.runningMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.runningMs);
                if (message.lockedMs != null && $Object.hasOwnProperty.call(message, "lockedMs") && message.lockedMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.lockedMs);
                if (message.flushingMs != null && $Object.hasOwnProperty.call(message, "flushingMs") && message.flushingMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.flushingMs);
                if (message.loggingMs != null && $Object.hasOwnProperty.call(message, "loggingMs") && message.loggingMs !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.loggingMs);
                if (message.handleCount != null && $Object.hasOwnProperty.call(message, "handleCount") && message.handleCount !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.handleCount);
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && message.blocks !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.blocks);
                if (message.blocksLogged != null && $Object.hasOwnProperty.call(message, "blocksLogged") && message.blocksLogged !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.blocksLogged);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JournalRunStats message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.JournalRunStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalRunStats & faultreplay.v1.JournalRunStats.$Shape} JournalRunStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JournalRunStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.JournalRunStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tid = value;
                            else
                                delete message.tid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waitMs = value;
                            else
                                delete message.waitMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestDelayMs = value;
                            else
                                delete message.requestDelayMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.runningMs = value;
                            else
                                delete message.runningMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lockedMs = value;
                            else
                                delete message.lockedMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.flushingMs = value;
                            else
                                delete message.flushingMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loggingMs = value;
                            else
                                delete message.loggingMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.handleCount = value;
                            else
                                delete message.handleCount;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blocks = value;
                            else
                                delete message.blocks;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blocksLogged = value;
                            else
                                delete message.blocksLogged;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for JournalRunStats
             * @function getTypeUrl
             * @memberof faultreplay.v1.JournalRunStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JournalRunStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.JournalRunStats";
            };

            return JournalRunStats;
        })();

        v1.FsSync = (function() {

            /**
             * Properties of a FsSync.
             * @typedef {Object} faultreplay.v1.FsSync.$Properties
             * @property {number|null} [dev] FsSync dev
             * @property {Long|null} [ino] FsSync ino
             * @property {boolean|null} [datasync] FsSync datasync
             * @property {string|null} [phase] FsSync phase
             * @property {number|null} [ret] FsSync ret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FsSync.
             * @memberof faultreplay.v1
             * @interface IFsSync
             * @augments faultreplay.v1.FsSync.$Properties
             * @deprecated Use faultreplay.v1.FsSync.$Properties instead.
             */

            /**
             * Shape of a FsSync.
             * @typedef {faultreplay.v1.FsSync.$Properties} faultreplay.v1.FsSync.$Shape
             */

            /**
             * Constructs a new FsSync.
             * @memberof faultreplay.v1
             * @classdesc Represents a FsSync.
             * @constructor
             * @param {faultreplay.v1.FsSync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FsSync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FsSync dev.
             * @member {number} dev
             * @memberof faultreplay.v1.FsSync
             * @instance
             */
            FsSync.prototype.dev = 0;

            /**
             * FsSync ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.FsSync
             * @instance
             */
            FsSync.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsSync datasync.
             * @member {boolean} datasync
             * @memberof faultreplay.v1.FsSync
             * @instance
             */
            FsSync.prototype.datasync = false;

            /**
             * FsSync phase.
             * @member {string} phase
             * @memberof faultreplay.v1.FsSync
             * @instance
             */
            FsSync.prototype.phase = "";

            /**
             * FsSync ret.
             * @member {number} ret
             * @memberof faultreplay.v1.FsSync
             * @instance
             */
            FsSync.prototype.ret = 0;

            /**
             * Creates a new FsSync instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.FsSync
             * @static
             * @param {faultreplay.v1.FsSync.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.FsSync} FsSync instance
             * @type {{
             *   (properties: faultreplay.v1.FsSync.$Shape): faultreplay.v1.FsSync & faultreplay.v1.FsSync.$Shape;
             *   (properties?: faultreplay.v1.FsSync.$Properties): faultreplay.v1.FsSync;
             * }}
             */
            FsSync.create = function(properties) {
                return new FsSync(properties);
            };

            /**
             * Encodes the specified FsSync message. Does not implicitly {@link faultreplay.v1.FsSync.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.FsSync
             * @static
             * @param {faultreplay.v1.FsSync.$Properties} message FsSync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FsSync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.datasync != null && $Object.hasOwnProperty.call(message, "datasync") && message.datasync !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.datasync);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.phase);
                if (message.ret != null && $Object.hasOwnProperty.call(message, "ret") && message.ret !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.ret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FsSync message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.FsSync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.FsSync & faultreplay.v1.FsSync.$Shape} FsSync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FsSync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.FsSync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.datasync = value;
                            else
                                delete message.datasync;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.ret = value;
                            else
                                delete message.ret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FsSync
             * @function getTypeUrl
             * @memberof faultreplay.v1.FsSync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FsSync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.FsSync";
            };

            return FsSync;
        })();

        v1.XfsFault = (function() {

            /**
             * Properties of a XfsFault.
             * @typedef {Object} faultreplay.v1.XfsFault.$Properties
             * @property {number|null} [dev] XfsFault dev
             * @property {Long|null} [ino] XfsFault ino
             * @property {number|null} [order] XfsFault order
             * @property {boolean|null} [write] XfsFault write
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a XfsFault.
             * @memberof faultreplay.v1
             * @interface IXfsFault
             * @augments faultreplay.v1.XfsFault.$Properties
             * @deprecated Use faultreplay.v1.XfsFault.$Properties instead.
             */

            /**
             * Shape of a XfsFault.
             * @typedef {faultreplay.v1.XfsFault.$Properties} faultreplay.v1.XfsFault.$Shape
             */

            /**
             * Constructs a new XfsFault.
             * @memberof faultreplay.v1
             * @classdesc Represents a XfsFault.
             * @constructor
             * @param {faultreplay.v1.XfsFault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const XfsFault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * XfsFault dev.
             * @member {number} dev
             * @memberof faultreplay.v1.XfsFault
             * @instance
             */
            XfsFault.prototype.dev = 0;

            /**
             * XfsFault ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.XfsFault
             * @instance
             */
            XfsFault.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * XfsFault order.
             * @member {number} order
             * @memberof faultreplay.v1.XfsFault
             * @instance
             */
            XfsFault.prototype.order = 0;

            /**
             * XfsFault write.
             * @member {boolean} write
             * @memberof faultreplay.v1.XfsFault
             * @instance
             */
            XfsFault.prototype.write = false;

            /**
             * Creates a new XfsFault instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.XfsFault
             * @static
             * @param {faultreplay.v1.XfsFault.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.XfsFault} XfsFault instance
             * @type {{
             *   (properties: faultreplay.v1.XfsFault.$Shape): faultreplay.v1.XfsFault & faultreplay.v1.XfsFault.$Shape;
             *   (properties?: faultreplay.v1.XfsFault.$Properties): faultreplay.v1.XfsFault;
             * }}
             */
            XfsFault.create = function(properties) {
                return new XfsFault(properties);
            };

            /**
             * Encodes the specified XfsFault message. Does not implicitly {@link faultreplay.v1.XfsFault.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.XfsFault
             * @static
             * @param {faultreplay.v1.XfsFault.$Properties} message XfsFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            XfsFault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.order);
                if (message.write != null && $Object.hasOwnProperty.call(message, "write") && message.write !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.write);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a XfsFault message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.XfsFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.XfsFault & faultreplay.v1.XfsFault.$Shape} XfsFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            XfsFault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.XfsFault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.order = value;
                            else
                                delete message.order;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.write = value;
                            else
                                delete message.write;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for XfsFault
             * @function getTypeUrl
             * @memberof faultreplay.v1.XfsFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            XfsFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.XfsFault";
            };

            return XfsFault;
        })();

        v1.IomapWriteback = (function() {

            /**
             * Properties of an IomapWriteback.
             * @typedef {Object} faultreplay.v1.IomapWriteback.$Properties
             * @property {number|null} [dev] IomapWriteback dev
             * @property {Long|null} [ino] IomapWriteback ino
             * @property {Long|null} [size] IomapWriteback size
             * @property {Long|null} [offset] IomapWriteback offset
             * @property {Long|null} [length] IomapWriteback length
             * @property {string|null} [phase] IomapWriteback phase
             * @property {string|null} [mapType] IomapWriteback mapType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IomapWriteback.
             * @memberof faultreplay.v1
             * @interface IIomapWriteback
             * @augments faultreplay.v1.IomapWriteback.$Properties
             * @deprecated Use faultreplay.v1.IomapWriteback.$Properties instead.
             */

            /**
             * Shape of an IomapWriteback.
             * @typedef {faultreplay.v1.IomapWriteback.$Properties} faultreplay.v1.IomapWriteback.$Shape
             */

            /**
             * Constructs a new IomapWriteback.
             * @memberof faultreplay.v1
             * @classdesc Represents an IomapWriteback.
             * @constructor
             * @param {faultreplay.v1.IomapWriteback.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IomapWriteback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IomapWriteback dev.
             * @member {number} dev
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.dev = 0;

            /**
             * IomapWriteback ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IomapWriteback size.
             * @member {Long} size
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IomapWriteback offset.
             * @member {Long} offset
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IomapWriteback length.
             * @member {Long} length
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IomapWriteback phase.
             * @member {string} phase
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.phase = "";

            /**
             * IomapWriteback mapType.
             * @member {string} mapType
             * @memberof faultreplay.v1.IomapWriteback
             * @instance
             */
            IomapWriteback.prototype.mapType = "";

            /**
             * Creates a new IomapWriteback instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.IomapWriteback
             * @static
             * @param {faultreplay.v1.IomapWriteback.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.IomapWriteback} IomapWriteback instance
             * @type {{
             *   (properties: faultreplay.v1.IomapWriteback.$Shape): faultreplay.v1.IomapWriteback & faultreplay.v1.IomapWriteback.$Shape;
             *   (properties?: faultreplay.v1.IomapWriteback.$Properties): faultreplay.v1.IomapWriteback;
             * }}
             */
            IomapWriteback.create = function(properties) {
                return new IomapWriteback(properties);
            };

            /**
             * Encodes the specified IomapWriteback message. Does not implicitly {@link faultreplay.v1.IomapWriteback.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.IomapWriteback
             * @static
             * @param {faultreplay.v1.IomapWriteback.$Properties} message IomapWriteback message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IomapWriteback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.offset);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.length);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.phase);
                if (message.mapType != null && $Object.hasOwnProperty.call(message, "mapType") && message.mapType !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.mapType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IomapWriteback message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.IomapWriteback
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.IomapWriteback & faultreplay.v1.IomapWriteback.$Shape} IomapWriteback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IomapWriteback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.IomapWriteback();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mapType = value;
                            else
                                delete message.mapType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for IomapWriteback
             * @function getTypeUrl
             * @memberof faultreplay.v1.IomapWriteback
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IomapWriteback.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.IomapWriteback";
            };

            return IomapWriteback;
        })();

        v1.DaxFault = (function() {

            /**
             * Properties of a DaxFault.
             * @typedef {Object} faultreplay.v1.DaxFault.$Properties
             * @property {number|null} [dev] DaxFault dev
             * @property {Long|null} [ino] DaxFault ino
             * @property {Long|null} [address] DaxFault address
             * @property {Long|null} [pgoff] DaxFault pgoff
             * @property {boolean|null} [shared] DaxFault shared
             * @property {string|null} [faultFlags] DaxFault faultFlags
             * @property {string|null} [result] DaxFault result
             * @property {string|null} [phase] DaxFault phase
             * @property {boolean|null} [pmd] DaxFault pmd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DaxFault.
             * @memberof faultreplay.v1
             * @interface IDaxFault
             * @augments faultreplay.v1.DaxFault.$Properties
             * @deprecated Use faultreplay.v1.DaxFault.$Properties instead.
             */

            /**
             * Shape of a DaxFault.
             * @typedef {faultreplay.v1.DaxFault.$Properties} faultreplay.v1.DaxFault.$Shape
             */

            /**
             * Constructs a new DaxFault.
             * @memberof faultreplay.v1
             * @classdesc Represents a DaxFault.
             * @constructor
             * @param {faultreplay.v1.DaxFault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DaxFault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DaxFault dev.
             * @member {number} dev
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.dev = 0;

            /**
             * DaxFault ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaxFault address.
             * @member {Long} address
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaxFault pgoff.
             * @member {Long} pgoff
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.pgoff = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaxFault shared.
             * @member {boolean} shared
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.shared = false;

            /**
             * DaxFault faultFlags.
             * @member {string} faultFlags
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.faultFlags = "";

            /**
             * DaxFault result.
             * @member {string} result
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.result = "";

            /**
             * DaxFault phase.
             * @member {string} phase
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.phase = "";

            /**
             * DaxFault pmd.
             * @member {boolean} pmd
             * @memberof faultreplay.v1.DaxFault
             * @instance
             */
            DaxFault.prototype.pmd = false;

            /**
             * Creates a new DaxFault instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.DaxFault
             * @static
             * @param {faultreplay.v1.DaxFault.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.DaxFault} DaxFault instance
             * @type {{
             *   (properties: faultreplay.v1.DaxFault.$Shape): faultreplay.v1.DaxFault & faultreplay.v1.DaxFault.$Shape;
             *   (properties?: faultreplay.v1.DaxFault.$Properties): faultreplay.v1.DaxFault;
             * }}
             */
            DaxFault.create = function(properties) {
                return new DaxFault(properties);
            };

            /**
             * Encodes the specified DaxFault message. Does not implicitly {@link faultreplay.v1.DaxFault.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.DaxFault
             * @static
             * @param {faultreplay.v1.DaxFault.$Properties} message DaxFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DaxFault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && (typeof message.address === "object" ? message.address.low || message.address.high : message.address !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.address);
                if (message.pgoff != null && $Object.hasOwnProperty.call(message, "pgoff") && (typeof message.pgoff === "object" ? message.pgoff.low || message.pgoff.high : message.pgoff !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.pgoff);
                if (message.shared != null && $Object.hasOwnProperty.call(message, "shared") && message.shared !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.shared);
                if (message.faultFlags != null && $Object.hasOwnProperty.call(message, "faultFlags") && message.faultFlags !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.faultFlags);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.result);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.phase);
                if (message.pmd != null && $Object.hasOwnProperty.call(message, "pmd") && message.pmd !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.pmd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DaxFault message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.DaxFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.DaxFault & faultreplay.v1.DaxFault.$Shape} DaxFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DaxFault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.DaxFault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pgoff = value;
                            else
                                delete message.pgoff;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.shared = value;
                            else
                                delete message.shared;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.faultFlags = value;
                            else
                                delete message.faultFlags;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pmd = value;
                            else
                                delete message.pmd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DaxFault
             * @function getTypeUrl
             * @memberof faultreplay.v1.DaxFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DaxFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.DaxFault";
            };

            return DaxFault;
        })();

        v1.MsyncEnter = (function() {

            /**
             * Properties of a MsyncEnter.
             * @typedef {Object} faultreplay.v1.MsyncEnter.$Properties
             * @property {Long|null} [start] MsyncEnter start
             * @property {Long|null} [len] MsyncEnter len
             * @property {number|null} [flags] MsyncEnter flags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MsyncEnter.
             * @memberof faultreplay.v1
             * @interface IMsyncEnter
             * @augments faultreplay.v1.MsyncEnter.$Properties
             * @deprecated Use faultreplay.v1.MsyncEnter.$Properties instead.
             */

            /**
             * Shape of a MsyncEnter.
             * @typedef {faultreplay.v1.MsyncEnter.$Properties} faultreplay.v1.MsyncEnter.$Shape
             */

            /**
             * Constructs a new MsyncEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a MsyncEnter.
             * @constructor
             * @param {faultreplay.v1.MsyncEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MsyncEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MsyncEnter start.
             * @member {Long} start
             * @memberof faultreplay.v1.MsyncEnter
             * @instance
             */
            MsyncEnter.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MsyncEnter len.
             * @member {Long} len
             * @memberof faultreplay.v1.MsyncEnter
             * @instance
             */
            MsyncEnter.prototype.len = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MsyncEnter flags.
             * @member {number} flags
             * @memberof faultreplay.v1.MsyncEnter
             * @instance
             */
            MsyncEnter.prototype.flags = 0;

            /**
             * Creates a new MsyncEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.MsyncEnter
             * @static
             * @param {faultreplay.v1.MsyncEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.MsyncEnter} MsyncEnter instance
             * @type {{
             *   (properties: faultreplay.v1.MsyncEnter.$Shape): faultreplay.v1.MsyncEnter & faultreplay.v1.MsyncEnter.$Shape;
             *   (properties?: faultreplay.v1.MsyncEnter.$Properties): faultreplay.v1.MsyncEnter;
             * }}
             */
            MsyncEnter.create = function(properties) {
                return new MsyncEnter(properties);
            };

            /**
             * Encodes the specified MsyncEnter message. Does not implicitly {@link faultreplay.v1.MsyncEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.MsyncEnter
             * @static
             * @param {faultreplay.v1.MsyncEnter.$Properties} message MsyncEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MsyncEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.start);
                if (message.len != null && $Object.hasOwnProperty.call(message, "len") && (typeof message.len === "object" ? message.len.low || message.len.high : message.len !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.len);
                if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MsyncEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.MsyncEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.MsyncEnter & faultreplay.v1.MsyncEnter.$Shape} MsyncEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MsyncEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.MsyncEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.len = value;
                            else
                                delete message.len;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.flags = value;
                            else
                                delete message.flags;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MsyncEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.MsyncEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MsyncEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.MsyncEnter";
            };

            return MsyncEnter;
        })();

        v1.FsyncEnter = (function() {

            /**
             * Properties of a FsyncEnter.
             * @typedef {Object} faultreplay.v1.FsyncEnter.$Properties
             * @property {Long|null} [fd] FsyncEnter fd
             * @property {boolean|null} [datasync] FsyncEnter datasync
             * @property {string|null} [syscall] FsyncEnter syscall
             * @property {Long|null} [offset] FsyncEnter offset
             * @property {Long|null} [nbytes] FsyncEnter nbytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FsyncEnter.
             * @memberof faultreplay.v1
             * @interface IFsyncEnter
             * @augments faultreplay.v1.FsyncEnter.$Properties
             * @deprecated Use faultreplay.v1.FsyncEnter.$Properties instead.
             */

            /**
             * Shape of a FsyncEnter.
             * @typedef {faultreplay.v1.FsyncEnter.$Properties} faultreplay.v1.FsyncEnter.$Shape
             */

            /**
             * Constructs a new FsyncEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a FsyncEnter.
             * @constructor
             * @param {faultreplay.v1.FsyncEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FsyncEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FsyncEnter fd.
             * @member {Long} fd
             * @memberof faultreplay.v1.FsyncEnter
             * @instance
             */
            FsyncEnter.prototype.fd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FsyncEnter datasync.
             * @member {boolean} datasync
             * @memberof faultreplay.v1.FsyncEnter
             * @instance
             */
            FsyncEnter.prototype.datasync = false;

            /**
             * FsyncEnter syscall.
             * @member {string} syscall
             * @memberof faultreplay.v1.FsyncEnter
             * @instance
             */
            FsyncEnter.prototype.syscall = "";

            /**
             * FsyncEnter offset.
             * @member {Long} offset
             * @memberof faultreplay.v1.FsyncEnter
             * @instance
             */
            FsyncEnter.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FsyncEnter nbytes.
             * @member {Long} nbytes
             * @memberof faultreplay.v1.FsyncEnter
             * @instance
             */
            FsyncEnter.prototype.nbytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FsyncEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.FsyncEnter
             * @static
             * @param {faultreplay.v1.FsyncEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.FsyncEnter} FsyncEnter instance
             * @type {{
             *   (properties: faultreplay.v1.FsyncEnter.$Shape): faultreplay.v1.FsyncEnter & faultreplay.v1.FsyncEnter.$Shape;
             *   (properties?: faultreplay.v1.FsyncEnter.$Properties): faultreplay.v1.FsyncEnter;
             * }}
             */
            FsyncEnter.create = function(properties) {
                return new FsyncEnter(properties);
            };

            /**
             * Encodes the specified FsyncEnter message. Does not implicitly {@link faultreplay.v1.FsyncEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.FsyncEnter
             * @static
             * @param {faultreplay.v1.FsyncEnter.$Properties} message FsyncEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FsyncEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && (typeof message.fd === "object" ? message.fd.low || message.fd.high : message.fd !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.fd);
                if (message.datasync != null && $Object.hasOwnProperty.call(message, "datasync") && message.datasync !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.datasync);
                if (message.syscall != null && $Object.hasOwnProperty.call(message, "syscall") && message.syscall !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.syscall);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.offset);
                if (message.nbytes != null && $Object.hasOwnProperty.call(message, "nbytes") && (typeof message.nbytes === "object" ? message.nbytes.low || message.nbytes.high : message.nbytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.nbytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FsyncEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.FsyncEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.FsyncEnter & faultreplay.v1.FsyncEnter.$Shape} FsyncEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FsyncEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.FsyncEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.datasync = value;
                            else
                                delete message.datasync;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syscall = value;
                            else
                                delete message.syscall;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nbytes = value;
                            else
                                delete message.nbytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FsyncEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.FsyncEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FsyncEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.FsyncEnter";
            };

            return FsyncEnter;
        })();

        v1.MmapEnter = (function() {

            /**
             * Properties of a MmapEnter.
             * @typedef {Object} faultreplay.v1.MmapEnter.$Properties
             * @property {Long|null} [addr] MmapEnter addr
             * @property {Long|null} [len] MmapEnter len
             * @property {number|null} [prot] MmapEnter prot
             * @property {number|null} [flags] MmapEnter flags
             * @property {Long|null} [fd] MmapEnter fd
             * @property {Long|null} [off] MmapEnter off
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MmapEnter.
             * @memberof faultreplay.v1
             * @interface IMmapEnter
             * @augments faultreplay.v1.MmapEnter.$Properties
             * @deprecated Use faultreplay.v1.MmapEnter.$Properties instead.
             */

            /**
             * Shape of a MmapEnter.
             * @typedef {faultreplay.v1.MmapEnter.$Properties} faultreplay.v1.MmapEnter.$Shape
             */

            /**
             * Constructs a new MmapEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a MmapEnter.
             * @constructor
             * @param {faultreplay.v1.MmapEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MmapEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MmapEnter addr.
             * @member {Long} addr
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.addr = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MmapEnter len.
             * @member {Long} len
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.len = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MmapEnter prot.
             * @member {number} prot
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.prot = 0;

            /**
             * MmapEnter flags.
             * @member {number} flags
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.flags = 0;

            /**
             * MmapEnter fd.
             * @member {Long} fd
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.fd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MmapEnter off.
             * @member {Long} off
             * @memberof faultreplay.v1.MmapEnter
             * @instance
             */
            MmapEnter.prototype.off = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MmapEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.MmapEnter
             * @static
             * @param {faultreplay.v1.MmapEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.MmapEnter} MmapEnter instance
             * @type {{
             *   (properties: faultreplay.v1.MmapEnter.$Shape): faultreplay.v1.MmapEnter & faultreplay.v1.MmapEnter.$Shape;
             *   (properties?: faultreplay.v1.MmapEnter.$Properties): faultreplay.v1.MmapEnter;
             * }}
             */
            MmapEnter.create = function(properties) {
                return new MmapEnter(properties);
            };

            /**
             * Encodes the specified MmapEnter message. Does not implicitly {@link faultreplay.v1.MmapEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.MmapEnter
             * @static
             * @param {faultreplay.v1.MmapEnter.$Properties} message MmapEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MmapEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && (typeof message.addr === "object" ? message.addr.low || message.addr.high : message.addr !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.addr);
                if (message.len != null && $Object.hasOwnProperty.call(message, "len") && (typeof message.len === "object" ? message.len.low || message.len.high : message.len !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.len);
                if (message.prot != null && $Object.hasOwnProperty.call(message, "prot") && message.prot !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.prot);
                if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.flags);
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && (typeof message.fd === "object" ? message.fd.low || message.fd.high : message.fd !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.fd);
                if (message.off != null && $Object.hasOwnProperty.call(message, "off") && (typeof message.off === "object" ? message.off.low || message.off.high : message.off !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.off);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MmapEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.MmapEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.MmapEnter & faultreplay.v1.MmapEnter.$Shape} MmapEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MmapEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.MmapEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.len = value;
                            else
                                delete message.len;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.prot = value;
                            else
                                delete message.prot;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.flags = value;
                            else
                                delete message.flags;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.off = value;
                            else
                                delete message.off;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MmapEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.MmapEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MmapEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.MmapEnter";
            };

            return MmapEnter;
        })();

        v1.MunmapEnter = (function() {

            /**
             * Properties of a MunmapEnter.
             * @typedef {Object} faultreplay.v1.MunmapEnter.$Properties
             * @property {Long|null} [addr] MunmapEnter addr
             * @property {Long|null} [len] MunmapEnter len
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MunmapEnter.
             * @memberof faultreplay.v1
             * @interface IMunmapEnter
             * @augments faultreplay.v1.MunmapEnter.$Properties
             * @deprecated Use faultreplay.v1.MunmapEnter.$Properties instead.
             */

            /**
             * Shape of a MunmapEnter.
             * @typedef {faultreplay.v1.MunmapEnter.$Properties} faultreplay.v1.MunmapEnter.$Shape
             */

            /**
             * Constructs a new MunmapEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a MunmapEnter.
             * @constructor
             * @param {faultreplay.v1.MunmapEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MunmapEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MunmapEnter addr.
             * @member {Long} addr
             * @memberof faultreplay.v1.MunmapEnter
             * @instance
             */
            MunmapEnter.prototype.addr = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MunmapEnter len.
             * @member {Long} len
             * @memberof faultreplay.v1.MunmapEnter
             * @instance
             */
            MunmapEnter.prototype.len = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MunmapEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.MunmapEnter
             * @static
             * @param {faultreplay.v1.MunmapEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.MunmapEnter} MunmapEnter instance
             * @type {{
             *   (properties: faultreplay.v1.MunmapEnter.$Shape): faultreplay.v1.MunmapEnter & faultreplay.v1.MunmapEnter.$Shape;
             *   (properties?: faultreplay.v1.MunmapEnter.$Properties): faultreplay.v1.MunmapEnter;
             * }}
             */
            MunmapEnter.create = function(properties) {
                return new MunmapEnter(properties);
            };

            /**
             * Encodes the specified MunmapEnter message. Does not implicitly {@link faultreplay.v1.MunmapEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.MunmapEnter
             * @static
             * @param {faultreplay.v1.MunmapEnter.$Properties} message MunmapEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MunmapEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && (typeof message.addr === "object" ? message.addr.low || message.addr.high : message.addr !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.addr);
                if (message.len != null && $Object.hasOwnProperty.call(message, "len") && (typeof message.len === "object" ? message.len.low || message.len.high : message.len !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.len);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MunmapEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.MunmapEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.MunmapEnter & faultreplay.v1.MunmapEnter.$Shape} MunmapEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MunmapEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.MunmapEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.len = value;
                            else
                                delete message.len;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MunmapEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.MunmapEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MunmapEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.MunmapEnter";
            };

            return MunmapEnter;
        })();

        v1.MlockEnter = (function() {

            /**
             * Properties of a MlockEnter.
             * @typedef {Object} faultreplay.v1.MlockEnter.$Properties
             * @property {Long|null} [start] MlockEnter start
             * @property {Long|null} [len] MlockEnter len
             * @property {number|null} [flags] MlockEnter flags
             * @property {string|null} [syscall] MlockEnter syscall
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlockEnter.
             * @memberof faultreplay.v1
             * @interface IMlockEnter
             * @augments faultreplay.v1.MlockEnter.$Properties
             * @deprecated Use faultreplay.v1.MlockEnter.$Properties instead.
             */

            /**
             * Shape of a MlockEnter.
             * @typedef {faultreplay.v1.MlockEnter.$Properties} faultreplay.v1.MlockEnter.$Shape
             */

            /**
             * Constructs a new MlockEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a MlockEnter.
             * @constructor
             * @param {faultreplay.v1.MlockEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlockEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlockEnter start.
             * @member {Long} start
             * @memberof faultreplay.v1.MlockEnter
             * @instance
             */
            MlockEnter.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MlockEnter len.
             * @member {Long} len
             * @memberof faultreplay.v1.MlockEnter
             * @instance
             */
            MlockEnter.prototype.len = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MlockEnter flags.
             * @member {number} flags
             * @memberof faultreplay.v1.MlockEnter
             * @instance
             */
            MlockEnter.prototype.flags = 0;

            /**
             * MlockEnter syscall.
             * @member {string} syscall
             * @memberof faultreplay.v1.MlockEnter
             * @instance
             */
            MlockEnter.prototype.syscall = "";

            /**
             * Creates a new MlockEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.MlockEnter
             * @static
             * @param {faultreplay.v1.MlockEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.MlockEnter} MlockEnter instance
             * @type {{
             *   (properties: faultreplay.v1.MlockEnter.$Shape): faultreplay.v1.MlockEnter & faultreplay.v1.MlockEnter.$Shape;
             *   (properties?: faultreplay.v1.MlockEnter.$Properties): faultreplay.v1.MlockEnter;
             * }}
             */
            MlockEnter.create = function(properties) {
                return new MlockEnter(properties);
            };

            /**
             * Encodes the specified MlockEnter message. Does not implicitly {@link faultreplay.v1.MlockEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.MlockEnter
             * @static
             * @param {faultreplay.v1.MlockEnter.$Properties} message MlockEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlockEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.start);
                if (message.len != null && $Object.hasOwnProperty.call(message, "len") && (typeof message.len === "object" ? message.len.low || message.len.high : message.len !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.len);
                if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
                if (message.syscall != null && $Object.hasOwnProperty.call(message, "syscall") && message.syscall !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.syscall);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlockEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.MlockEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.MlockEnter & faultreplay.v1.MlockEnter.$Shape} MlockEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlockEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.MlockEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.len = value;
                            else
                                delete message.len;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.flags = value;
                            else
                                delete message.flags;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syscall = value;
                            else
                                delete message.syscall;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MlockEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.MlockEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MlockEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.MlockEnter";
            };

            return MlockEnter;
        })();

        v1.FallocateEnter = (function() {

            /**
             * Properties of a FallocateEnter.
             * @typedef {Object} faultreplay.v1.FallocateEnter.$Properties
             * @property {Long|null} [fd] FallocateEnter fd
             * @property {number|null} [mode] FallocateEnter mode
             * @property {Long|null} [offset] FallocateEnter offset
             * @property {Long|null} [len] FallocateEnter len
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FallocateEnter.
             * @memberof faultreplay.v1
             * @interface IFallocateEnter
             * @augments faultreplay.v1.FallocateEnter.$Properties
             * @deprecated Use faultreplay.v1.FallocateEnter.$Properties instead.
             */

            /**
             * Shape of a FallocateEnter.
             * @typedef {faultreplay.v1.FallocateEnter.$Properties} faultreplay.v1.FallocateEnter.$Shape
             */

            /**
             * Constructs a new FallocateEnter.
             * @memberof faultreplay.v1
             * @classdesc Represents a FallocateEnter.
             * @constructor
             * @param {faultreplay.v1.FallocateEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FallocateEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FallocateEnter fd.
             * @member {Long} fd
             * @memberof faultreplay.v1.FallocateEnter
             * @instance
             */
            FallocateEnter.prototype.fd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FallocateEnter mode.
             * @member {number} mode
             * @memberof faultreplay.v1.FallocateEnter
             * @instance
             */
            FallocateEnter.prototype.mode = 0;

            /**
             * FallocateEnter offset.
             * @member {Long} offset
             * @memberof faultreplay.v1.FallocateEnter
             * @instance
             */
            FallocateEnter.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FallocateEnter len.
             * @member {Long} len
             * @memberof faultreplay.v1.FallocateEnter
             * @instance
             */
            FallocateEnter.prototype.len = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FallocateEnter instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.FallocateEnter
             * @static
             * @param {faultreplay.v1.FallocateEnter.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.FallocateEnter} FallocateEnter instance
             * @type {{
             *   (properties: faultreplay.v1.FallocateEnter.$Shape): faultreplay.v1.FallocateEnter & faultreplay.v1.FallocateEnter.$Shape;
             *   (properties?: faultreplay.v1.FallocateEnter.$Properties): faultreplay.v1.FallocateEnter;
             * }}
             */
            FallocateEnter.create = function(properties) {
                return new FallocateEnter(properties);
            };

            /**
             * Encodes the specified FallocateEnter message. Does not implicitly {@link faultreplay.v1.FallocateEnter.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.FallocateEnter
             * @static
             * @param {faultreplay.v1.FallocateEnter.$Properties} message FallocateEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FallocateEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && (typeof message.fd === "object" ? message.fd.low || message.fd.high : message.fd !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.fd);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mode);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.offset);
                if (message.len != null && $Object.hasOwnProperty.call(message, "len") && (typeof message.len === "object" ? message.len.low || message.len.high : message.len !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.len);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FallocateEnter message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.FallocateEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.FallocateEnter & faultreplay.v1.FallocateEnter.$Shape} FallocateEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FallocateEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.FallocateEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fd = value;
                            else
                                delete message.fd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.len = value;
                            else
                                delete message.len;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FallocateEnter
             * @function getTypeUrl
             * @memberof faultreplay.v1.FallocateEnter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FallocateEnter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.FallocateEnter";
            };

            return FallocateEnter;
        })();

        v1.SyscallExit = (function() {

            /**
             * Properties of a SyscallExit.
             * @typedef {Object} faultreplay.v1.SyscallExit.$Properties
             * @property {string|null} [syscall] SyscallExit syscall
             * @property {Long|null} [ret] SyscallExit ret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyscallExit.
             * @memberof faultreplay.v1
             * @interface ISyscallExit
             * @augments faultreplay.v1.SyscallExit.$Properties
             * @deprecated Use faultreplay.v1.SyscallExit.$Properties instead.
             */

            /**
             * Shape of a SyscallExit.
             * @typedef {faultreplay.v1.SyscallExit.$Properties} faultreplay.v1.SyscallExit.$Shape
             */

            /**
             * Constructs a new SyscallExit.
             * @memberof faultreplay.v1
             * @classdesc Represents a SyscallExit.
             * @constructor
             * @param {faultreplay.v1.SyscallExit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyscallExit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyscallExit syscall.
             * @member {string} syscall
             * @memberof faultreplay.v1.SyscallExit
             * @instance
             */
            SyscallExit.prototype.syscall = "";

            /**
             * SyscallExit ret.
             * @member {Long} ret
             * @memberof faultreplay.v1.SyscallExit
             * @instance
             */
            SyscallExit.prototype.ret = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SyscallExit instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.SyscallExit
             * @static
             * @param {faultreplay.v1.SyscallExit.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.SyscallExit} SyscallExit instance
             * @type {{
             *   (properties: faultreplay.v1.SyscallExit.$Shape): faultreplay.v1.SyscallExit & faultreplay.v1.SyscallExit.$Shape;
             *   (properties?: faultreplay.v1.SyscallExit.$Properties): faultreplay.v1.SyscallExit;
             * }}
             */
            SyscallExit.create = function(properties) {
                return new SyscallExit(properties);
            };

            /**
             * Encodes the specified SyscallExit message. Does not implicitly {@link faultreplay.v1.SyscallExit.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.SyscallExit
             * @static
             * @param {faultreplay.v1.SyscallExit.$Properties} message SyscallExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyscallExit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syscall != null && $Object.hasOwnProperty.call(message, "syscall") && message.syscall !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.syscall);
                if (message.ret != null && $Object.hasOwnProperty.call(message, "ret") && (typeof message.ret === "object" ? message.ret.low || message.ret.high : message.ret !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyscallExit message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.SyscallExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.SyscallExit & faultreplay.v1.SyscallExit.$Shape} SyscallExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyscallExit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.SyscallExit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syscall = value;
                            else
                                delete message.syscall;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ret = value;
                            else
                                delete message.ret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SyscallExit
             * @function getTypeUrl
             * @memberof faultreplay.v1.SyscallExit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyscallExit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.SyscallExit";
            };

            return SyscallExit;
        })();

        v1.PageCacheChange = (function() {

            /**
             * Properties of a PageCacheChange.
             * @typedef {Object} faultreplay.v1.PageCacheChange.$Properties
             * @property {number|null} [dev] PageCacheChange dev
             * @property {Long|null} [ino] PageCacheChange ino
             * @property {Long|null} [pfn] PageCacheChange pfn
             * @property {Long|null} [index] PageCacheChange index
             * @property {number|null} [order] PageCacheChange order
             * @property {boolean|null} [removed] PageCacheChange removed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PageCacheChange.
             * @memberof faultreplay.v1
             * @interface IPageCacheChange
             * @augments faultreplay.v1.PageCacheChange.$Properties
             * @deprecated Use faultreplay.v1.PageCacheChange.$Properties instead.
             */

            /**
             * Shape of a PageCacheChange.
             * @typedef {faultreplay.v1.PageCacheChange.$Properties} faultreplay.v1.PageCacheChange.$Shape
             */

            /**
             * Constructs a new PageCacheChange.
             * @memberof faultreplay.v1
             * @classdesc Represents a PageCacheChange.
             * @constructor
             * @param {faultreplay.v1.PageCacheChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PageCacheChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PageCacheChange dev.
             * @member {number} dev
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.dev = 0;

            /**
             * PageCacheChange ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageCacheChange pfn.
             * @member {Long} pfn
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.pfn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageCacheChange index.
             * @member {Long} index
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PageCacheChange order.
             * @member {number} order
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.order = 0;

            /**
             * PageCacheChange removed.
             * @member {boolean} removed
             * @memberof faultreplay.v1.PageCacheChange
             * @instance
             */
            PageCacheChange.prototype.removed = false;

            /**
             * Creates a new PageCacheChange instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.PageCacheChange
             * @static
             * @param {faultreplay.v1.PageCacheChange.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.PageCacheChange} PageCacheChange instance
             * @type {{
             *   (properties: faultreplay.v1.PageCacheChange.$Shape): faultreplay.v1.PageCacheChange & faultreplay.v1.PageCacheChange.$Shape;
             *   (properties?: faultreplay.v1.PageCacheChange.$Properties): faultreplay.v1.PageCacheChange;
             * }}
             */
            PageCacheChange.create = function(properties) {
                return new PageCacheChange(properties);
            };

            /**
             * Encodes the specified PageCacheChange message. Does not implicitly {@link faultreplay.v1.PageCacheChange.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.PageCacheChange
             * @static
             * @param {faultreplay.v1.PageCacheChange.$Properties} message PageCacheChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PageCacheChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.pfn != null && $Object.hasOwnProperty.call(message, "pfn") && (typeof message.pfn === "object" ? message.pfn.low || message.pfn.high : message.pfn !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.pfn);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.index);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.order);
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed") && message.removed !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.removed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PageCacheChange message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.PageCacheChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageCacheChange & faultreplay.v1.PageCacheChange.$Shape} PageCacheChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PageCacheChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.PageCacheChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pfn = value;
                            else
                                delete message.pfn;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.order = value;
                            else
                                delete message.order;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.removed = value;
                            else
                                delete message.removed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PageCacheChange
             * @function getTypeUrl
             * @memberof faultreplay.v1.PageCacheChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PageCacheChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.PageCacheChange";
            };

            return PageCacheChange;
        })();

        v1.TimestampEvent = (function() {

            /**
             * Properties of a TimestampEvent.
             * @typedef {Object} faultreplay.v1.TimestampEvent.$Properties
             * @property {number|null} [dev] TimestampEvent dev
             * @property {Long|null} [ino] TimestampEvent ino
             * @property {number|null} [gen] TimestampEvent gen
             * @property {string|null} [kind] TimestampEvent kind
             * @property {Long|null} [ctimeSec] TimestampEvent ctimeSec
             * @property {number|null} [ctimeNsec] TimestampEvent ctimeNsec
             * @property {boolean|null} [queried] TimestampEvent queried
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimestampEvent.
             * @memberof faultreplay.v1
             * @interface ITimestampEvent
             * @augments faultreplay.v1.TimestampEvent.$Properties
             * @deprecated Use faultreplay.v1.TimestampEvent.$Properties instead.
             */

            /**
             * Shape of a TimestampEvent.
             * @typedef {faultreplay.v1.TimestampEvent.$Properties} faultreplay.v1.TimestampEvent.$Shape
             */

            /**
             * Constructs a new TimestampEvent.
             * @memberof faultreplay.v1
             * @classdesc Represents a TimestampEvent.
             * @constructor
             * @param {faultreplay.v1.TimestampEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimestampEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimestampEvent dev.
             * @member {number} dev
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.dev = 0;

            /**
             * TimestampEvent ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimestampEvent gen.
             * @member {number} gen
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.gen = 0;

            /**
             * TimestampEvent kind.
             * @member {string} kind
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.kind = "";

            /**
             * TimestampEvent ctimeSec.
             * @member {Long} ctimeSec
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.ctimeSec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TimestampEvent ctimeNsec.
             * @member {number} ctimeNsec
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.ctimeNsec = 0;

            /**
             * TimestampEvent queried.
             * @member {boolean} queried
             * @memberof faultreplay.v1.TimestampEvent
             * @instance
             */
            TimestampEvent.prototype.queried = false;

            /**
             * Creates a new TimestampEvent instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.TimestampEvent
             * @static
             * @param {faultreplay.v1.TimestampEvent.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.TimestampEvent} TimestampEvent instance
             * @type {{
             *   (properties: faultreplay.v1.TimestampEvent.$Shape): faultreplay.v1.TimestampEvent & faultreplay.v1.TimestampEvent.$Shape;
             *   (properties?: faultreplay.v1.TimestampEvent.$Properties): faultreplay.v1.TimestampEvent;
             * }}
             */
            TimestampEvent.create = function(properties) {
                return new TimestampEvent(properties);
            };

            /**
             * Encodes the specified TimestampEvent message. Does not implicitly {@link faultreplay.v1.TimestampEvent.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.TimestampEvent
             * @static
             * @param {faultreplay.v1.TimestampEvent.$Properties} message TimestampEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimestampEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.gen != null && $Object.hasOwnProperty.call(message, "gen") && message.gen !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.gen);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.kind);
                if (message.ctimeSec != null && $Object.hasOwnProperty.call(message, "ctimeSec") && (typeof message.ctimeSec === "object" ? message.ctimeSec.low || message.ctimeSec.high : message.ctimeSec !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.ctimeSec);
                if (message.ctimeNsec != null && $Object.hasOwnProperty.call(message, "ctimeNsec") && message.ctimeNsec !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.ctimeNsec);
                if (message.queried != null && $Object.hasOwnProperty.call(message, "queried") && message.queried !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.queried);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TimestampEvent message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.TimestampEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.TimestampEvent & faultreplay.v1.TimestampEvent.$Shape} TimestampEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimestampEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.TimestampEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gen = value;
                            else
                                delete message.gen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ctimeSec = value;
                            else
                                delete message.ctimeSec;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ctimeNsec = value;
                            else
                                delete message.ctimeNsec;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.queried = value;
                            else
                                delete message.queried;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TimestampEvent
             * @function getTypeUrl
             * @memberof faultreplay.v1.TimestampEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimestampEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.TimestampEvent";
            };

            return TimestampEvent;
        })();

        v1.BlockRequest = (function() {

            /**
             * Properties of a BlockRequest.
             * @typedef {Object} faultreplay.v1.BlockRequest.$Properties
             * @property {number|null} [dev] BlockRequest dev
             * @property {string|null} [rwbs] BlockRequest rwbs
             * @property {number|null} [bytes] BlockRequest bytes
             * @property {Long|null} [sector] BlockRequest sector
             * @property {number|null} [nrSector] BlockRequest nrSector
             * @property {string|null} [phase] BlockRequest phase
             * @property {number|null} [error] BlockRequest error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockRequest.
             * @memberof faultreplay.v1
             * @interface IBlockRequest
             * @augments faultreplay.v1.BlockRequest.$Properties
             * @deprecated Use faultreplay.v1.BlockRequest.$Properties instead.
             */

            /**
             * Shape of a BlockRequest.
             * @typedef {faultreplay.v1.BlockRequest.$Properties} faultreplay.v1.BlockRequest.$Shape
             */

            /**
             * Constructs a new BlockRequest.
             * @memberof faultreplay.v1
             * @classdesc Represents a BlockRequest.
             * @constructor
             * @param {faultreplay.v1.BlockRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockRequest dev.
             * @member {number} dev
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.dev = 0;

            /**
             * BlockRequest rwbs.
             * @member {string} rwbs
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.rwbs = "";

            /**
             * BlockRequest bytes.
             * @member {number} bytes
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.bytes = 0;

            /**
             * BlockRequest sector.
             * @member {Long} sector
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.sector = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockRequest nrSector.
             * @member {number} nrSector
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.nrSector = 0;

            /**
             * BlockRequest phase.
             * @member {string} phase
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.phase = "";

            /**
             * BlockRequest error.
             * @member {number} error
             * @memberof faultreplay.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.error = 0;

            /**
             * Creates a new BlockRequest instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.BlockRequest
             * @static
             * @param {faultreplay.v1.BlockRequest.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.BlockRequest} BlockRequest instance
             * @type {{
             *   (properties: faultreplay.v1.BlockRequest.$Shape): faultreplay.v1.BlockRequest & faultreplay.v1.BlockRequest.$Shape;
             *   (properties?: faultreplay.v1.BlockRequest.$Properties): faultreplay.v1.BlockRequest;
             * }}
             */
            BlockRequest.create = function(properties) {
                return new BlockRequest(properties);
            };

            /**
             * Encodes the specified BlockRequest message. Does not implicitly {@link faultreplay.v1.BlockRequest.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.BlockRequest
             * @static
             * @param {faultreplay.v1.BlockRequest.$Properties} message BlockRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.rwbs != null && $Object.hasOwnProperty.call(message, "rwbs") && message.rwbs !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rwbs);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bytes);
                if (message.sector != null && $Object.hasOwnProperty.call(message, "sector") && (typeof message.sector === "object" ? message.sector.low || message.sector.high : message.sector !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sector);
                if (message.nrSector != null && $Object.hasOwnProperty.call(message, "nrSector") && message.nrSector !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.nrSector);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.phase);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockRequest message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.BlockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.BlockRequest & faultreplay.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.BlockRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rwbs = value;
                            else
                                delete message.rwbs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sector = value;
                            else
                                delete message.sector;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nrSector = value;
                            else
                                delete message.nrSector;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for BlockRequest
             * @function getTypeUrl
             * @memberof faultreplay.v1.BlockRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlockRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.BlockRequest";
            };

            return BlockRequest;
        })();

        v1.BlockReservation = (function() {

            /**
             * Properties of a BlockReservation.
             * @typedef {Object} faultreplay.v1.BlockReservation.$Properties
             * @property {number|null} [dev] BlockReservation dev
             * @property {Long|null} [ino] BlockReservation ino
             * @property {string|null} [kind] BlockReservation kind
             * @property {Long|null} [blocks] BlockReservation blocks
             * @property {Long|null} [pos] BlockReservation pos
             * @property {Long|null} [count] BlockReservation count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockReservation.
             * @memberof faultreplay.v1
             * @interface IBlockReservation
             * @augments faultreplay.v1.BlockReservation.$Properties
             * @deprecated Use faultreplay.v1.BlockReservation.$Properties instead.
             */

            /**
             * Shape of a BlockReservation.
             * @typedef {faultreplay.v1.BlockReservation.$Properties} faultreplay.v1.BlockReservation.$Shape
             */

            /**
             * Constructs a new BlockReservation.
             * @memberof faultreplay.v1
             * @classdesc Represents a BlockReservation.
             * @constructor
             * @param {faultreplay.v1.BlockReservation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockReservation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockReservation dev.
             * @member {number} dev
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.dev = 0;

            /**
             * BlockReservation ino.
             * @member {Long} ino
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockReservation kind.
             * @member {string} kind
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.kind = "";

            /**
             * BlockReservation blocks.
             * @member {Long} blocks
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BlockReservation pos.
             * @member {Long} pos
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.pos = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockReservation count.
             * @member {Long} count
             * @memberof faultreplay.v1.BlockReservation
             * @instance
             */
            BlockReservation.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BlockReservation instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.BlockReservation
             * @static
             * @param {faultreplay.v1.BlockReservation.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.BlockReservation} BlockReservation instance
             * @type {{
             *   (properties: faultreplay.v1.BlockReservation.$Shape): faultreplay.v1.BlockReservation & faultreplay.v1.BlockReservation.$Shape;
             *   (properties?: faultreplay.v1.BlockReservation.$Properties): faultreplay.v1.BlockReservation;
             * }}
             */
            BlockReservation.create = function(properties) {
                return new BlockReservation(properties);
            };

            /**
             * Encodes the specified BlockReservation message. Does not implicitly {@link faultreplay.v1.BlockReservation.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.BlockReservation
             * @static
             * @param {faultreplay.v1.BlockReservation.$Properties} message BlockReservation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockReservation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.dev);
                if (message.ino != null && $Object.hasOwnProperty.call(message, "ino") && (typeof message.ino === "object" ? message.ino.low || message.ino.high : message.ino !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ino);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.blocks);
                if (message.pos != null && $Object.hasOwnProperty.call(message, "pos") && (typeof message.pos === "object" ? message.pos.low || message.pos.high : message.pos !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.pos);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockReservation message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.BlockReservation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.BlockReservation & faultreplay.v1.BlockReservation.$Shape} BlockReservation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockReservation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.BlockReservation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ino = value;
                            else
                                delete message.ino;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.blocks = value;
                            else
                                delete message.blocks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pos = value;
                            else
                                delete message.pos;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for BlockReservation
             * @function getTypeUrl
             * @memberof faultreplay.v1.BlockReservation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlockReservation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.BlockReservation";
            };

            return BlockReservation;
        })();

        v1.LostEvents = (function() {

            /**
             * Properties of a LostEvents.
             * @typedef {Object} faultreplay.v1.LostEvents.$Properties
             * @property {number|null} [cpu] LostEvents cpu
             * @property {Long|null} [count] LostEvents count
             * @property {boolean|null} [countKnown] LostEvents countKnown
             * @property {string|null} [kind] LostEvents kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LostEvents.
             * @memberof faultreplay.v1
             * @interface ILostEvents
             * @augments faultreplay.v1.LostEvents.$Properties
             * @deprecated Use faultreplay.v1.LostEvents.$Properties instead.
             */

            /**
             * Shape of a LostEvents.
             * @typedef {faultreplay.v1.LostEvents.$Properties} faultreplay.v1.LostEvents.$Shape
             */

            /**
             * Constructs a new LostEvents.
             * @memberof faultreplay.v1
             * @classdesc Represents a LostEvents.
             * @constructor
             * @param {faultreplay.v1.LostEvents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LostEvents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LostEvents cpu.
             * @member {number} cpu
             * @memberof faultreplay.v1.LostEvents
             * @instance
             */
            LostEvents.prototype.cpu = 0;

            /**
             * LostEvents count.
             * @member {Long} count
             * @memberof faultreplay.v1.LostEvents
             * @instance
             */
            LostEvents.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LostEvents countKnown.
             * @member {boolean} countKnown
             * @memberof faultreplay.v1.LostEvents
             * @instance
             */
            LostEvents.prototype.countKnown = false;

            /**
             * LostEvents kind.
             * @member {string} kind
             * @memberof faultreplay.v1.LostEvents
             * @instance
             */
            LostEvents.prototype.kind = "";

            /**
             * Creates a new LostEvents instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.LostEvents
             * @static
             * @param {faultreplay.v1.LostEvents.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.LostEvents} LostEvents instance
             * @type {{
             *   (properties: faultreplay.v1.LostEvents.$Shape): faultreplay.v1.LostEvents & faultreplay.v1.LostEvents.$Shape;
             *   (properties?: faultreplay.v1.LostEvents.$Properties): faultreplay.v1.LostEvents;
             * }}
             */
            LostEvents.create = function(properties) {
                return new LostEvents(properties);
            };

            /**
             * Encodes the specified LostEvents message. Does not implicitly {@link faultreplay.v1.LostEvents.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.LostEvents
             * @static
             * @param {faultreplay.v1.LostEvents.$Properties} message LostEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LostEvents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu") && message.cpu !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cpu);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                if (message.countKnown != null && $Object.hasOwnProperty.call(message, "countKnown") && message.countKnown !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.countKnown);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LostEvents message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.LostEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.LostEvents & faultreplay.v1.LostEvents.$Shape} LostEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LostEvents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.LostEvents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpu = value;
                            else
                                delete message.cpu;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.countKnown = value;
                            else
                                delete message.countKnown;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for LostEvents
             * @function getTypeUrl
             * @memberof faultreplay.v1.LostEvents
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LostEvents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.LostEvents";
            };

            return LostEvents;
        })();

        v1.Marker = (function() {

            /**
             * Properties of a Marker.
             * @typedef {Object} faultreplay.v1.Marker.$Properties
             * @property {string|null} [text] Marker text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Marker.
             * @memberof faultreplay.v1
             * @interface IMarker
             * @augments faultreplay.v1.Marker.$Properties
             * @deprecated Use faultreplay.v1.Marker.$Properties instead.
             */

            /**
             * Shape of a Marker.
             * @typedef {faultreplay.v1.Marker.$Properties} faultreplay.v1.Marker.$Shape
             */

            /**
             * Constructs a new Marker.
             * @memberof faultreplay.v1
             * @classdesc Represents a Marker.
             * @constructor
             * @param {faultreplay.v1.Marker.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Marker = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Marker text.
             * @member {string} text
             * @memberof faultreplay.v1.Marker
             * @instance
             */
            Marker.prototype.text = "";

            /**
             * Creates a new Marker instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.Marker
             * @static
             * @param {faultreplay.v1.Marker.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.Marker} Marker instance
             * @type {{
             *   (properties: faultreplay.v1.Marker.$Shape): faultreplay.v1.Marker & faultreplay.v1.Marker.$Shape;
             *   (properties?: faultreplay.v1.Marker.$Properties): faultreplay.v1.Marker;
             * }}
             */
            Marker.create = function(properties) {
                return new Marker(properties);
            };

            /**
             * Encodes the specified Marker message. Does not implicitly {@link faultreplay.v1.Marker.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.Marker
             * @static
             * @param {faultreplay.v1.Marker.$Properties} message Marker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Marker.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Marker message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.Marker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.Marker & faultreplay.v1.Marker.$Shape} Marker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Marker.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.Marker();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Marker
             * @function getTypeUrl
             * @memberof faultreplay.v1.Marker
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Marker.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.Marker";
            };

            return Marker;
        })();

        v1.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @typedef {Object} faultreplay.v1.KeyValue.$Properties
             * @property {string|null} [key] KeyValue key
             * @property {string|null} [value] KeyValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyValue.
             * @memberof faultreplay.v1
             * @interface IKeyValue
             * @augments faultreplay.v1.KeyValue.$Properties
             * @deprecated Use faultreplay.v1.KeyValue.$Properties instead.
             */

            /**
             * Shape of a KeyValue.
             * @typedef {faultreplay.v1.KeyValue.$Properties} faultreplay.v1.KeyValue.$Shape
             */

            /**
             * Constructs a new KeyValue.
             * @memberof faultreplay.v1
             * @classdesc Represents a KeyValue.
             * @constructor
             * @param {faultreplay.v1.KeyValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof faultreplay.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue value.
             * @member {string} value
             * @memberof faultreplay.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.value = "";

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.KeyValue
             * @static
             * @param {faultreplay.v1.KeyValue.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.KeyValue} KeyValue instance
             * @type {{
             *   (properties: faultreplay.v1.KeyValue.$Shape): faultreplay.v1.KeyValue & faultreplay.v1.KeyValue.$Shape;
             *   (properties?: faultreplay.v1.KeyValue.$Properties): faultreplay.v1.KeyValue;
             * }}
             */
            KeyValue.create = function(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link faultreplay.v1.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.KeyValue
             * @static
             * @param {faultreplay.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.KeyValue & faultreplay.v1.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.KeyValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for KeyValue
             * @function getTypeUrl
             * @memberof faultreplay.v1.KeyValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.KeyValue";
            };

            return KeyValue;
        })();

        v1.GenericEvent = (function() {

            /**
             * Properties of a GenericEvent.
             * @typedef {Object} faultreplay.v1.GenericEvent.$Properties
             * @property {string|null} [name] GenericEvent name
             * @property {string|null} [subsystem] GenericEvent subsystem
             * @property {Array.<faultreplay.v1.KeyValue.$Properties>|null} [fields] GenericEvent fields
             * @property {string|null} [raw] GenericEvent raw
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenericEvent.
             * @memberof faultreplay.v1
             * @interface IGenericEvent
             * @augments faultreplay.v1.GenericEvent.$Properties
             * @deprecated Use faultreplay.v1.GenericEvent.$Properties instead.
             */

            /**
             * Shape of a GenericEvent.
             * @typedef {faultreplay.v1.GenericEvent.$Properties} faultreplay.v1.GenericEvent.$Shape
             */

            /**
             * Constructs a new GenericEvent.
             * @memberof faultreplay.v1
             * @classdesc Represents a GenericEvent.
             * @constructor
             * @param {faultreplay.v1.GenericEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenericEvent = function (properties) {
                this.fields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenericEvent name.
             * @member {string} name
             * @memberof faultreplay.v1.GenericEvent
             * @instance
             */
            GenericEvent.prototype.name = "";

            /**
             * GenericEvent subsystem.
             * @member {string} subsystem
             * @memberof faultreplay.v1.GenericEvent
             * @instance
             */
            GenericEvent.prototype.subsystem = "";

            /**
             * GenericEvent fields.
             * @member {Array.<faultreplay.v1.KeyValue.$Properties>} fields
             * @memberof faultreplay.v1.GenericEvent
             * @instance
             */
            GenericEvent.prototype.fields = $util.emptyArray;

            /**
             * GenericEvent raw.
             * @member {string} raw
             * @memberof faultreplay.v1.GenericEvent
             * @instance
             */
            GenericEvent.prototype.raw = "";

            /**
             * Creates a new GenericEvent instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.GenericEvent
             * @static
             * @param {faultreplay.v1.GenericEvent.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.GenericEvent} GenericEvent instance
             * @type {{
             *   (properties: faultreplay.v1.GenericEvent.$Shape): faultreplay.v1.GenericEvent & faultreplay.v1.GenericEvent.$Shape;
             *   (properties?: faultreplay.v1.GenericEvent.$Properties): faultreplay.v1.GenericEvent;
             * }}
             */
            GenericEvent.create = function(properties) {
                return new GenericEvent(properties);
            };

            /**
             * Encodes the specified GenericEvent message. Does not implicitly {@link faultreplay.v1.GenericEvent.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.GenericEvent
             * @static
             * @param {faultreplay.v1.GenericEvent.$Properties} message GenericEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenericEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.subsystem != null && $Object.hasOwnProperty.call(message, "subsystem") && message.subsystem !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subsystem);
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.faultreplay.v1.KeyValue.encode(message.fields[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.raw);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GenericEvent message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.GenericEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.GenericEvent & faultreplay.v1.GenericEvent.$Shape} GenericEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenericEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.GenericEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subsystem = value;
                            else
                                delete message.subsystem;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.faultreplay.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GenericEvent
             * @function getTypeUrl
             * @memberof faultreplay.v1.GenericEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenericEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.GenericEvent";
            };

            return GenericEvent;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} faultreplay.v1.Event.$Properties
             * @property {string|null} [captureId] Event captureId
             * @property {Long|null} [seq] Event seq
             * @property {Long|null} [ts] Event ts
             * @property {number|null} [cpu] Event cpu
             * @property {number|null} [pid] Event pid
             * @property {number|null} [tgid] Event tgid
             * @property {string|null} [comm] Event comm
             * @property {Long|null} [line] Event line
             * @property {faultreplay.v1.CaptureHeader.$Properties|null} [header] Event header
             * @property {faultreplay.v1.PageFault.$Properties|null} [pageFault] Event pageFault
             * @property {faultreplay.v1.FilemapFault.$Properties|null} [filemapFault] Event filemapFault
             * @property {faultreplay.v1.PageDirtied.$Properties|null} [pageDirtied] Event pageDirtied
             * @property {faultreplay.v1.InodeDirtied.$Properties|null} [inodeDirtied] Event inodeDirtied
             * @property {faultreplay.v1.InodeMarkedDirty.$Properties|null} [inodeMarkedDirty] Event inodeMarkedDirty
             * @property {faultreplay.v1.WritepagesStart.$Properties|null} [writepagesStart] Event writepagesStart
             * @property {faultreplay.v1.WritepagesResult.$Properties|null} [writepagesResult] Event writepagesResult
             * @property {faultreplay.v1.WritebackWork.$Properties|null} [writebackWork] Event writebackWork
             * @property {faultreplay.v1.WritebackWait.$Properties|null} [writebackWait] Event writebackWait
             * @property {faultreplay.v1.JournalHandle.$Properties|null} [journalHandle] Event journalHandle
             * @property {faultreplay.v1.JournalCommit.$Properties|null} [journalCommit] Event journalCommit
             * @property {faultreplay.v1.JournalRunStats.$Properties|null} [journalRunStats] Event journalRunStats
             * @property {faultreplay.v1.FsSync.$Properties|null} [fsSync] Event fsSync
             * @property {faultreplay.v1.XfsFault.$Properties|null} [xfsFault] Event xfsFault
             * @property {faultreplay.v1.IomapWriteback.$Properties|null} [iomapWriteback] Event iomapWriteback
             * @property {faultreplay.v1.DaxFault.$Properties|null} [daxFault] Event daxFault
             * @property {faultreplay.v1.MsyncEnter.$Properties|null} [msyncEnter] Event msyncEnter
             * @property {faultreplay.v1.FsyncEnter.$Properties|null} [fsyncEnter] Event fsyncEnter
             * @property {faultreplay.v1.MmapEnter.$Properties|null} [mmapEnter] Event mmapEnter
             * @property {faultreplay.v1.MunmapEnter.$Properties|null} [munmapEnter] Event munmapEnter
             * @property {faultreplay.v1.MlockEnter.$Properties|null} [mlockEnter] Event mlockEnter
             * @property {faultreplay.v1.FallocateEnter.$Properties|null} [fallocateEnter] Event fallocateEnter
             * @property {faultreplay.v1.SyscallExit.$Properties|null} [syscallExit] Event syscallExit
             * @property {faultreplay.v1.PageCacheChange.$Properties|null} [pageCache] Event pageCache
             * @property {faultreplay.v1.TimestampEvent.$Properties|null} [timestamp] Event timestamp
             * @property {faultreplay.v1.BlockRequest.$Properties|null} [blockRequest] Event blockRequest
             * @property {faultreplay.v1.BlockReservation.$Properties|null} [blockReservation] Event blockReservation
             * @property {faultreplay.v1.LostEvents.$Properties|null} [lost] Event lost
             * @property {faultreplay.v1.Marker.$Properties|null} [marker] Event marker
             * @property {faultreplay.v1.GenericEvent.$Properties|null} [generic] Event generic
             * @property {faultreplay.v1.CaptureEnd.$Properties|null} [captureEnd] Event captureEnd
             * @property {"header"|"pageFault"|"filemapFault"|"pageDirtied"|"inodeDirtied"|"inodeMarkedDirty"|"writepagesStart"|"writepagesResult"|"writebackWork"|"writebackWait"|"journalHandle"|"journalCommit"|"journalRunStats"|"fsSync"|"xfsFault"|"iomapWriteback"|"daxFault"|"msyncEnter"|"fsyncEnter"|"mmapEnter"|"munmapEnter"|"mlockEnter"|"fallocateEnter"|"syscallExit"|"pageCache"|"timestamp"|"blockRequest"|"blockReservation"|"lost"|"marker"|"generic"|"captureEnd"} [payload] Event payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof faultreplay.v1
             * @interface IEvent
             * @augments faultreplay.v1.Event.$Properties
             * @deprecated Use faultreplay.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   captureId?: string|null;
             *   seq?: Long|null;
             *   ts?: Long|null;
             *   cpu?: number|null;
             *   pid?: number|null;
             *   tgid?: number|null;
             *   comm?: string|null;
             *   line?: Long|null;
             *   header?: faultreplay.v1.CaptureHeader.$Shape|null;
             *   pageFault?: faultreplay.v1.PageFault.$Shape|null;
             *   filemapFault?: faultreplay.v1.FilemapFault.$Shape|null;
             *   pageDirtied?: faultreplay.v1.PageDirtied.$Shape|null;
             *   inodeDirtied?: faultreplay.v1.InodeDirtied.$Shape|null;
             *   inodeMarkedDirty?: faultreplay.v1.InodeMarkedDirty.$Shape|null;
             *   writepagesStart?: faultreplay.v1.WritepagesStart.$Shape|null;
             *   writepagesResult?: faultreplay.v1.WritepagesResult.$Shape|null;
             *   writebackWork?: faultreplay.v1.WritebackWork.$Shape|null;
             *   writebackWait?: faultreplay.v1.WritebackWait.$Shape|null;
             *   journalHandle?: faultreplay.v1.JournalHandle.$Shape|null;
             *   journalCommit?: faultreplay.v1.JournalCommit.$Shape|null;
             *   journalRunStats?: faultreplay.v1.JournalRunStats.$Shape|null;
             *   fsSync?: faultreplay.v1.FsSync.$Shape|null;
             *   xfsFault?: faultreplay.v1.XfsFault.$Shape|null;
             *   iomapWriteback?: faultreplay.v1.IomapWriteback.$Shape|null;
             *   daxFault?: faultreplay.v1.DaxFault.$Shape|null;
             *   msyncEnter?: faultreplay.v1.MsyncEnter.$Shape|null;
             *   fsyncEnter?: faultreplay.v1.FsyncEnter.$Shape|null;
             *   mmapEnter?: faultreplay.v1.MmapEnter.$Shape|null;
             *   munmapEnter?: faultreplay.v1.MunmapEnter.$Shape|null;
             *   mlockEnter?: faultreplay.v1.MlockEnter.$Shape|null;
             *   fallocateEnter?: faultreplay.v1.FallocateEnter.$Shape|null;
             *   syscallExit?: faultreplay.v1.SyscallExit.$Shape|null;
             *   pageCache?: faultreplay.v1.PageCacheChange.$Shape|null;
             *   timestamp?: faultreplay.v1.TimestampEvent.$Shape|null;
             *   blockRequest?: faultreplay.v1.BlockRequest.$Shape|null;
             *   blockReservation?: faultreplay.v1.BlockReservation.$Shape|null;
             *   lost?: faultreplay.v1.LostEvents.$Shape|null;
             *   marker?: faultreplay.v1.Marker.$Shape|null;
             *   generic?: faultreplay.v1.GenericEvent.$Shape|null;
             *   captureEnd?: faultreplay.v1.CaptureEnd.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "header"; header: faultreplay.v1.CaptureHeader.$Shape; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageFault"; header?: null; pageFault: faultreplay.v1.PageFault.$Shape; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "filemapFault"; header?: null; pageFault?: null; filemapFault: faultreplay.v1.FilemapFault.$Shape; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageDirtied"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied: faultreplay.v1.PageDirtied.$Shape; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "inodeDirtied"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied: faultreplay.v1.InodeDirtied.$Shape; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "inodeMarkedDirty"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty: faultreplay.v1.InodeMarkedDirty.$Shape; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writepagesStart"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart: faultreplay.v1.WritepagesStart.$Shape; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writepagesResult"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult: faultreplay.v1.WritepagesResult.$Shape; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writebackWork"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork: faultreplay.v1.WritebackWork.$Shape; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writebackWait"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait: faultreplay.v1.WritebackWait.$Shape; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalHandle"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle: faultreplay.v1.JournalHandle.$Shape; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalCommit"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit: faultreplay.v1.JournalCommit.$Shape; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalRunStats"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats: faultreplay.v1.JournalRunStats.$Shape; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fsSync"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync: faultreplay.v1.FsSync.$Shape; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "xfsFault"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault: faultreplay.v1.XfsFault.$Shape; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "iomapWriteback"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback: faultreplay.v1.IomapWriteback.$Shape; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "daxFault"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault: faultreplay.v1.DaxFault.$Shape; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "msyncEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter: faultreplay.v1.MsyncEnter.$Shape; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fsyncEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter: faultreplay.v1.FsyncEnter.$Shape; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "mmapEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter: faultreplay.v1.MmapEnter.$Shape; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "munmapEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter: faultreplay.v1.MunmapEnter.$Shape; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "mlockEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter: faultreplay.v1.MlockEnter.$Shape; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fallocateEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter: faultreplay.v1.FallocateEnter.$Shape; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "syscallExit"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit: faultreplay.v1.SyscallExit.$Shape; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageCache"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache: faultreplay.v1.PageCacheChange.$Shape; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "timestamp"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp: faultreplay.v1.TimestampEvent.$Shape; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "blockRequest"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest: faultreplay.v1.BlockRequest.$Shape; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "blockReservation"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation: faultreplay.v1.BlockReservation.$Shape; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "lost"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost: faultreplay.v1.LostEvents.$Shape; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "marker"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker: faultreplay.v1.Marker.$Shape; generic?: null; captureEnd?: null }|{ payload?: "generic"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic: faultreplay.v1.GenericEvent.$Shape; captureEnd?: null }|{ payload?: "captureEnd"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd: faultreplay.v1.CaptureEnd.$Shape })
             * )} faultreplay.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof faultreplay.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {faultreplay.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event captureId.
             * @member {string} captureId
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.captureId = "";

            /**
             * Event seq.
             * @member {Long} seq
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event ts.
             * @member {Long} ts
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event cpu.
             * @member {number} cpu
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.cpu = 0;

            /**
             * Event pid.
             * @member {number} pid
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.pid = 0;

            /**
             * Event tgid.
             * @member {number} tgid
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.tgid = 0;

            /**
             * Event comm.
             * @member {string} comm
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.comm = "";

            /**
             * Event line.
             * @member {Long} line
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.line = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event header.
             * @member {faultreplay.v1.CaptureHeader.$Properties|null|undefined} header
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.header = null;

            /**
             * Event pageFault.
             * @member {faultreplay.v1.PageFault.$Properties|null|undefined} pageFault
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.pageFault = null;

            /**
             * Event filemapFault.
             * @member {faultreplay.v1.FilemapFault.$Properties|null|undefined} filemapFault
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.filemapFault = null;

            /**
             * Event pageDirtied.
             * @member {faultreplay.v1.PageDirtied.$Properties|null|undefined} pageDirtied
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.pageDirtied = null;

            /**
             * Event inodeDirtied.
             * @member {faultreplay.v1.InodeDirtied.$Properties|null|undefined} inodeDirtied
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.inodeDirtied = null;

            /**
             * Event inodeMarkedDirty.
             * @member {faultreplay.v1.InodeMarkedDirty.$Properties|null|undefined} inodeMarkedDirty
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.inodeMarkedDirty = null;

            /**
             * Event writepagesStart.
             * @member {faultreplay.v1.WritepagesStart.$Properties|null|undefined} writepagesStart
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.writepagesStart = null;

            /**
             * Event writepagesResult.
             * @member {faultreplay.v1.WritepagesResult.$Properties|null|undefined} writepagesResult
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.writepagesResult = null;

            /**
             * Event writebackWork.
             * @member {faultreplay.v1.WritebackWork.$Properties|null|undefined} writebackWork
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.writebackWork = null;

            /**
             * Event writebackWait.
             * @member {faultreplay.v1.WritebackWait.$Properties|null|undefined} writebackWait
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.writebackWait = null;

            /**
             * Event journalHandle.
             * @member {faultreplay.v1.JournalHandle.$Properties|null|undefined} journalHandle
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.journalHandle = null;

            /**
             * Event journalCommit.
             * @member {faultreplay.v1.JournalCommit.$Properties|null|undefined} journalCommit
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.journalCommit = null;

            /**
             * Event journalRunStats.
             * @member {faultreplay.v1.JournalRunStats.$Properties|null|undefined} journalRunStats
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.journalRunStats = null;

            /**
             * Event fsSync.
             * @member {faultreplay.v1.FsSync.$Properties|null|undefined} fsSync
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.fsSync = null;

            /**
             * Event xfsFault.
             * @member {faultreplay.v1.XfsFault.$Properties|null|undefined} xfsFault
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.xfsFault = null;

            /**
             * Event iomapWriteback.
             * @member {faultreplay.v1.IomapWriteback.$Properties|null|undefined} iomapWriteback
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.iomapWriteback = null;

            /**
             * Event daxFault.
             * @member {faultreplay.v1.DaxFault.$Properties|null|undefined} daxFault
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.daxFault = null;

            /**
             * Event msyncEnter.
             * @member {faultreplay.v1.MsyncEnter.$Properties|null|undefined} msyncEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.msyncEnter = null;

            /**
             * Event fsyncEnter.
             * @member {faultreplay.v1.FsyncEnter.$Properties|null|undefined} fsyncEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.fsyncEnter = null;

            /**
             * Event mmapEnter.
             * @member {faultreplay.v1.MmapEnter.$Properties|null|undefined} mmapEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.mmapEnter = null;

            /**
             * Event munmapEnter.
             * @member {faultreplay.v1.MunmapEnter.$Properties|null|undefined} munmapEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.munmapEnter = null;

            /**
             * Event mlockEnter.
             * @member {faultreplay.v1.MlockEnter.$Properties|null|undefined} mlockEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.mlockEnter = null;

            /**
             * Event fallocateEnter.
             * @member {faultreplay.v1.FallocateEnter.$Properties|null|undefined} fallocateEnter
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.fallocateEnter = null;

            /**
             * Event syscallExit.
             * @member {faultreplay.v1.SyscallExit.$Properties|null|undefined} syscallExit
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.syscallExit = null;

            /**
             * Event pageCache.
             * @member {faultreplay.v1.PageCacheChange.$Properties|null|undefined} pageCache
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.pageCache = null;

            /**
             * Event timestamp.
             * @member {faultreplay.v1.TimestampEvent.$Properties|null|undefined} timestamp
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.timestamp = null;

            /**
             * Event blockRequest.
             * @member {faultreplay.v1.BlockRequest.$Properties|null|undefined} blockRequest
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.blockRequest = null;

            /**
             * Event blockReservation.
             * @member {faultreplay.v1.BlockReservation.$Properties|null|undefined} blockReservation
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.blockReservation = null;

            /**
             * Event lost.
             * @member {faultreplay.v1.LostEvents.$Properties|null|undefined} lost
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.lost = null;

            /**
             * Event marker.
             * @member {faultreplay.v1.Marker.$Properties|null|undefined} marker
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.marker = null;

            /**
             * Event generic.
             * @member {faultreplay.v1.GenericEvent.$Properties|null|undefined} generic
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.generic = null;

            /**
             * Event captureEnd.
             * @member {faultreplay.v1.CaptureEnd.$Properties|null|undefined} captureEnd
             * @memberof faultreplay.v1.Event
             * @instance
             */
            Event.prototype.captureEnd = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event payload.
             * @member {"header"|"pageFault"|"filemapFault"|"pageDirtied"|"inodeDirtied"|"inodeMarkedDirty"|"writepagesStart"|"writepagesResult"|"writebackWork"|"writebackWait"|"journalHandle"|"journalCommit"|"journalRunStats"|"fsSync"|"xfsFault"|"iomapWriteback"|"daxFault"|"msyncEnter"|"fsyncEnter"|"mmapEnter"|"munmapEnter"|"mlockEnter"|"fallocateEnter"|"syscallExit"|"pageCache"|"timestamp"|"blockRequest"|"blockReservation"|"lost"|"marker"|"generic"|"captureEnd"|undefined} payload
             * @memberof faultreplay.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["header", "pageFault", "filemapFault", "pageDirtied", "inodeDirtied", "inodeMarkedDirty", "writepagesStart", "writepagesResult", "writebackWork", "writebackWait", "journalHandle", "journalCommit", "journalRunStats", "fsSync", "xfsFault", "iomapWriteback", "daxFault", "msyncEnter", "fsyncEnter", "mmapEnter", "munmapEnter", "mlockEnter", "fallocateEnter", "syscallExit", "pageCache", "timestamp", "blockRequest", "blockReservation", "lost", "marker", "generic", "captureEnd"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.Event
             * @static
             * @param {faultreplay.v1.Event.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.Event} Event instance
             * @type {{
             *   (properties: faultreplay.v1.Event.$Shape): faultreplay.v1.Event & faultreplay.v1.Event.$Shape;
             *   (properties?: faultreplay.v1.Event.$Properties): faultreplay.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link faultreplay.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.Event
             * @static
             * @param {faultreplay.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.captureId != null && $Object.hasOwnProperty.call(message, "captureId") && message.captureId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.captureId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ts);
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu") && message.cpu !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cpu);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.pid);
                if (message.tgid != null && $Object.hasOwnProperty.call(message, "tgid") && message.tgid !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.tgid);
                if (message.comm != null && $Object.hasOwnProperty.call(message, "comm") && message.comm !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.comm);
                if (message.line != null && $Object.hasOwnProperty.call(message, "line") && (typeof message.line === "object" ? message.line.low || message.line.high : message.line !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.line);
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.faultreplay.v1.CaptureHeader.encode(message.header, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.pageFault != null && $Object.hasOwnProperty.call(message, "pageFault"))
                    $root.faultreplay.v1.PageFault.encode(message.pageFault, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.filemapFault != null && $Object.hasOwnProperty.call(message, "filemapFault"))
                    $root.faultreplay.v1.FilemapFault.encode(message.filemapFault, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.pageDirtied != null && $Object.hasOwnProperty.call(message, "pageDirtied"))
                    $root.faultreplay.v1.PageDirtied.encode(message.pageDirtied, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.inodeDirtied != null && $Object.hasOwnProperty.call(message, "inodeDirtied"))
                    $root.faultreplay.v1.InodeDirtied.encode(message.inodeDirtied, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.inodeMarkedDirty != null && $Object.hasOwnProperty.call(message, "inodeMarkedDirty"))
                    $root.faultreplay.v1.InodeMarkedDirty.encode(message.inodeMarkedDirty, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.writepagesStart != null && $Object.hasOwnProperty.call(message, "writepagesStart"))
                    $root.faultreplay.v1.WritepagesStart.encode(message.writepagesStart, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.writepagesResult != null && $Object.hasOwnProperty.call(message, "writepagesResult"))
                    $root.faultreplay.v1.WritepagesResult.encode(message.writepagesResult, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.writebackWork != null && $Object.hasOwnProperty.call(message, "writebackWork"))
                    $root.faultreplay.v1.WritebackWork.encode(message.writebackWork, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.writebackWait != null && $Object.hasOwnProperty.call(message, "writebackWait"))
                    $root.faultreplay.v1.WritebackWait.encode(message.writebackWait, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.journalHandle != null && $Object.hasOwnProperty.call(message, "journalHandle"))
                    $root.faultreplay.v1.JournalHandle.encode(message.journalHandle, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.journalCommit != null && $Object.hasOwnProperty.call(message, "journalCommit"))
                    $root.faultreplay.v1.JournalCommit.encode(message.journalCommit, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.journalRunStats != null && $Object.hasOwnProperty.call(message, "journalRunStats"))
                    $root.faultreplay.v1.JournalRunStats.encode(message.journalRunStats, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.fsSync != null && $Object.hasOwnProperty.call(message, "fsSync"))
                    $root.faultreplay.v1.FsSync.encode(message.fsSync, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.xfsFault != null && $Object.hasOwnProperty.call(message, "xfsFault"))
                    $root.faultreplay.v1.XfsFault.encode(message.xfsFault, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
                if (message.iomapWriteback != null && $Object.hasOwnProperty.call(message, "iomapWriteback"))
                    $root.faultreplay.v1.IomapWriteback.encode(message.iomapWriteback, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                if (message.daxFault != null && $Object.hasOwnProperty.call(message, "daxFault"))
                    $root.faultreplay.v1.DaxFault.encode(message.daxFault, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
                if (message.msyncEnter != null && $Object.hasOwnProperty.call(message, "msyncEnter"))
                    $root.faultreplay.v1.MsyncEnter.encode(message.msyncEnter, writer.uint32(/* id 37, wireType 2 =*/298).fork(), _depth + 1).ldelim();
                if (message.fsyncEnter != null && $Object.hasOwnProperty.call(message, "fsyncEnter"))
                    $root.faultreplay.v1.FsyncEnter.encode(message.fsyncEnter, writer.uint32(/* id 38, wireType 2 =*/306).fork(), _depth + 1).ldelim();
                if (message.mmapEnter != null && $Object.hasOwnProperty.call(message, "mmapEnter"))
                    $root.faultreplay.v1.MmapEnter.encode(message.mmapEnter, writer.uint32(/* id 39, wireType 2 =*/314).fork(), _depth + 1).ldelim();
                if (message.munmapEnter != null && $Object.hasOwnProperty.call(message, "munmapEnter"))
                    $root.faultreplay.v1.MunmapEnter.encode(message.munmapEnter, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.mlockEnter != null && $Object.hasOwnProperty.call(message, "mlockEnter"))
                    $root.faultreplay.v1.MlockEnter.encode(message.mlockEnter, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.fallocateEnter != null && $Object.hasOwnProperty.call(message, "fallocateEnter"))
                    $root.faultreplay.v1.FallocateEnter.encode(message.fallocateEnter, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.syscallExit != null && $Object.hasOwnProperty.call(message, "syscallExit"))
                    $root.faultreplay.v1.SyscallExit.encode(message.syscallExit, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
                if (message.pageCache != null && $Object.hasOwnProperty.call(message, "pageCache"))
                    $root.faultreplay.v1.PageCacheChange.encode(message.pageCache, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    $root.faultreplay.v1.TimestampEvent.encode(message.timestamp, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
                if (message.blockRequest != null && $Object.hasOwnProperty.call(message, "blockRequest"))
                    $root.faultreplay.v1.BlockRequest.encode(message.blockRequest, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
                if (message.blockReservation != null && $Object.hasOwnProperty.call(message, "blockReservation"))
                    $root.faultreplay.v1.BlockReservation.encode(message.blockReservation, writer.uint32(/* id 47, wireType 2 =*/378).fork(), _depth + 1).ldelim();
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    $root.faultreplay.v1.LostEvents.encode(message.lost, writer.uint32(/* id 48, wireType 2 =*/386).fork(), _depth + 1).ldelim();
                if (message.marker != null && $Object.hasOwnProperty.call(message, "marker"))
                    $root.faultreplay.v1.Marker.encode(message.marker, writer.uint32(/* id 49, wireType 2 =*/394).fork(), _depth + 1).ldelim();
                if (message.generic != null && $Object.hasOwnProperty.call(message, "generic"))
                    $root.faultreplay.v1.GenericEvent.encode(message.generic, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.captureEnd != null && $Object.hasOwnProperty.call(message, "captureEnd"))
                    $root.faultreplay.v1.CaptureEnd.encode(message.captureEnd, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.Event & faultreplay.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.captureId = value;
                            else
                                delete message.captureId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts = value;
                            else
                                delete message.ts;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpu = value;
                            else
                                delete message.cpu;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.tgid = value;
                            else
                                delete message.tgid;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.comm = value;
                            else
                                delete message.comm;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.line = value;
                            else
                                delete message.line;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.faultreplay.v1.CaptureHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            message.payload = "header";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.pageFault = $root.faultreplay.v1.PageFault.decode(reader, reader.size(), $undefined, _depth + 1, message.pageFault);
                            message.payload = "pageFault";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.filemapFault = $root.faultreplay.v1.FilemapFault.decode(reader, reader.size(), $undefined, _depth + 1, message.filemapFault);
                            message.payload = "filemapFault";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.pageDirtied = $root.faultreplay.v1.PageDirtied.decode(reader, reader.size(), $undefined, _depth + 1, message.pageDirtied);
                            message.payload = "pageDirtied";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.inodeDirtied = $root.faultreplay.v1.InodeDirtied.decode(reader, reader.size(), $undefined, _depth + 1, message.inodeDirtied);
                            message.payload = "inodeDirtied";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.inodeMarkedDirty = $root.faultreplay.v1.InodeMarkedDirty.decode(reader, reader.size(), $undefined, _depth + 1, message.inodeMarkedDirty);
                            message.payload = "inodeMarkedDirty";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.writepagesStart = $root.faultreplay.v1.WritepagesStart.decode(reader, reader.size(), $undefined, _depth + 1, message.writepagesStart);
                            message.payload = "writepagesStart";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.writepagesResult = $root.faultreplay.v1.WritepagesResult.decode(reader, reader.size(), $undefined, _depth + 1, message.writepagesResult);
                            message.payload = "writepagesResult";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.writebackWork = $root.faultreplay.v1.WritebackWork.decode(reader, reader.size(), $undefined, _depth + 1, message.writebackWork);
                            message.payload = "writebackWork";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.writebackWait = $root.faultreplay.v1.WritebackWait.decode(reader, reader.size(), $undefined, _depth + 1, message.writebackWait);
                            message.payload = "writebackWait";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.journalHandle = $root.faultreplay.v1.JournalHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.journalHandle);
                            message.payload = "journalHandle";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.journalCommit = $root.faultreplay.v1.JournalCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.journalCommit);
                            message.payload = "journalCommit";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.journalRunStats = $root.faultreplay.v1.JournalRunStats.decode(reader, reader.size(), $undefined, _depth + 1, message.journalRunStats);
                            message.payload = "journalRunStats";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.fsSync = $root.faultreplay.v1.FsSync.decode(reader, reader.size(), $undefined, _depth + 1, message.fsSync);
                            message.payload = "fsSync";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.xfsFault = $root.faultreplay.v1.XfsFault.decode(reader, reader.size(), $undefined, _depth + 1, message.xfsFault);
                            message.payload = "xfsFault";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.iomapWriteback = $root.faultreplay.v1.IomapWriteback.decode(reader, reader.size(), $undefined, _depth + 1, message.iomapWriteback);
                            message.payload = "iomapWriteback";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            message.daxFault = $root.faultreplay.v1.DaxFault.decode(reader, reader.size(), $undefined, _depth + 1, message.daxFault);
                            message.payload = "daxFault";
                            continue;
                        }
                    case 37: {
                            if (wireType !== 2)
                                break;
                            message.msyncEnter = $root.faultreplay.v1.MsyncEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.msyncEnter);
                            message.payload = "msyncEnter";
                            continue;
                        }
                    case 38: {
                            if (wireType !== 2)
                                break;
                            message.fsyncEnter = $root.faultreplay.v1.FsyncEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.fsyncEnter);
                            message.payload = "fsyncEnter";
                            continue;
                        }
                    case 39: {
                            if (wireType !== 2)
                                break;
                            message.mmapEnter = $root.faultreplay.v1.MmapEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.mmapEnter);
                            message.payload = "mmapEnter";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.munmapEnter = $root.faultreplay.v1.MunmapEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.munmapEnter);
                            message.payload = "munmapEnter";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.mlockEnter = $root.faultreplay.v1.MlockEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.mlockEnter);
                            message.payload = "mlockEnter";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.fallocateEnter = $root.faultreplay.v1.FallocateEnter.decode(reader, reader.size(), $undefined, _depth + 1, message.fallocateEnter);
                            message.payload = "fallocateEnter";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.syscallExit = $root.faultreplay.v1.SyscallExit.decode(reader, reader.size(), $undefined, _depth + 1, message.syscallExit);
                            message.payload = "syscallExit";
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.pageCache = $root.faultreplay.v1.PageCacheChange.decode(reader, reader.size(), $undefined, _depth + 1, message.pageCache);
                            message.payload = "pageCache";
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.timestamp = $root.faultreplay.v1.TimestampEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                            message.payload = "timestamp";
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.blockRequest = $root.faultreplay.v1.BlockRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.blockRequest);
                            message.payload = "blockRequest";
                            continue;
                        }
                    case 47: {
                            if (wireType !== 2)
                                break;
                            message.blockReservation = $root.faultreplay.v1.BlockReservation.decode(reader, reader.size(), $undefined, _depth + 1, message.blockReservation);
                            message.payload = "blockReservation";
                            continue;
                        }
                    case 48: {
                            if (wireType !== 2)
                                break;
                            message.lost = $root.faultreplay.v1.LostEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.lost);
                            message.payload = "lost";
                            continue;
                        }
                    case 49: {
                            if (wireType !== 2)
                                break;
                            message.marker = $root.faultreplay.v1.Marker.decode(reader, reader.size(), $undefined, _depth + 1, message.marker);
                            message.payload = "marker";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.generic = $root.faultreplay.v1.GenericEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.generic);
                            message.payload = "generic";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.captureEnd = $root.faultreplay.v1.CaptureEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.captureEnd);
                            message.payload = "captureEnd";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof faultreplay.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.Event";
            };

            return Event;
        })();

        v1.EventBatch = (function() {

            /**
             * Properties of an EventBatch.
             * @typedef {Object} faultreplay.v1.EventBatch.$Properties
             * @property {string|null} [captureId] EventBatch captureId
             * @property {Long|null} [firstSeq] EventBatch firstSeq
             * @property {number|null} [schemaVersion] EventBatch schemaVersion
             * @property {Array.<faultreplay.v1.Event.$Properties>|null} [events] EventBatch events
             * @property {boolean|null} [endOfCapture] EventBatch endOfCapture
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventBatch.
             * @memberof faultreplay.v1
             * @interface IEventBatch
             * @augments faultreplay.v1.EventBatch.$Properties
             * @deprecated Use faultreplay.v1.EventBatch.$Properties instead.
             */

            /**
             * Shape of an EventBatch.
             * @typedef {{
             *   captureId?: string|null;
             *   firstSeq?: Long|null;
             *   schemaVersion?: number|null;
             *   events?: Array.<faultreplay.v1.Event.$Shape>|null;
             *   endOfCapture?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} faultreplay.v1.EventBatch.$Shape
             */

            /**
             * Constructs a new EventBatch.
             * @memberof faultreplay.v1
             * @classdesc Represents an EventBatch.
             * @constructor
             * @param {faultreplay.v1.EventBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventBatch = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EventBatch captureId.
             * @member {string} captureId
             * @memberof faultreplay.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.captureId = "";

            /**
             * EventBatch firstSeq.
             * @member {Long} firstSeq
             * @memberof faultreplay.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventBatch schemaVersion.
             * @member {number} schemaVersion
             * @memberof faultreplay.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.schemaVersion = 0;

            /**
             * EventBatch events.
             * @member {Array.<faultreplay.v1.Event.$Properties>} events
             * @memberof faultreplay.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.events = $util.emptyArray;

            /**
             * EventBatch endOfCapture.
             * @member {boolean} endOfCapture
             * @memberof faultreplay.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.endOfCapture = false;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @function create
             * @memberof faultreplay.v1.EventBatch
             * @static
             * @param {faultreplay.v1.EventBatch.$Properties=} [properties] Properties to set
             * @returns {faultreplay.v1.EventBatch} EventBatch instance
             * @type {{
             *   (properties: faultreplay.v1.EventBatch.$Shape): faultreplay.v1.EventBatch & faultreplay.v1.EventBatch.$Shape;
             *   (properties?: faultreplay.v1.EventBatch.$Properties): faultreplay.v1.EventBatch;
             * }}
             */
            EventBatch.create = function(properties) {
                return new EventBatch(properties);
            };

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link faultreplay.v1.EventBatch.verify|verify} messages.
             * @function encode
             * @memberof faultreplay.v1.EventBatch
             * @static
             * @param {faultreplay.v1.EventBatch.$Properties} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.captureId != null && $Object.hasOwnProperty.call(message, "captureId") && message.captureId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.captureId);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.firstSeq);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.schemaVersion);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.faultreplay.v1.Event.encode(message.events[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.endOfCapture != null && $Object.hasOwnProperty.call(message, "endOfCapture") && message.endOfCapture !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.endOfCapture);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @function decode
             * @memberof faultreplay.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultreplay.v1.EventBatch & faultreplay.v1.EventBatch.$Shape} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultreplay.v1.EventBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.captureId = value;
                            else
                                delete message.captureId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.faultreplay.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.endOfCapture = value;
                            else
                                delete message.endOfCapture;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EventBatch
             * @function getTypeUrl
             * @memberof faultreplay.v1.EventBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/faultreplay.v1.EventBatch";
            };

            return EventBatch;
        })();

        return v1;
    })();

    return faultreplay;
})();

export {
  $root as default
};
