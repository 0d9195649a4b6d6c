import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace faultreplay. */
export namespace faultreplay {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a CaptureHeader.
         * @deprecated Use faultreplay.v1.CaptureHeader.$Properties instead.
         */
        interface ICaptureHeader extends faultreplay.v1.CaptureHeader.$Properties {
        }

        /** Represents a CaptureHeader. */
        class CaptureHeader {

            /**
             * Constructs a new CaptureHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.CaptureHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CaptureHeader captureId. */
            captureId: string;

            /** CaptureHeader sourceFile. */
            sourceFile: string;

            /** CaptureHeader format. */
            format: string;

            /** CaptureHeader kernel. */
            kernel: string;

            /** CaptureHeader clock. */
            clock: string;

            /** CaptureHeader host. */
            host: string;

            /** CaptureHeader schemaVersion. */
            schemaVersion: number;

            /** CaptureHeader hz. */
            hz: number;

            /** CaptureHeader nsClock. */
            nsClock: boolean;

            /** CaptureHeader fsType. */
            fsType: string;

            /** CaptureHeader fsDev. */
            fsDev: number;

            /** CaptureHeader contentHash. */
            contentHash: string;

            /** CaptureHeader dirtyExpireMs. */
            dirtyExpireMs?: (Long|null);

            /** CaptureHeader writebackIntervalMs. */
            writebackIntervalMs?: (Long|null);

            /** CaptureHeader dirtyBackgroundBytes. */
            dirtyBackgroundBytes?: (Long|null);

            /** CaptureHeader dirtyBackgroundRatio. */
            dirtyBackgroundRatio?: (number|null);

            /** CaptureHeader dirtytimeExpireMs. */
            dirtytimeExpireMs?: (Long|null);

            /** CaptureHeader commitIntervalMs. */
            commitIntervalMs?: (Long|null);

            /** CaptureHeader mountOptions. */
            mountOptions: string;

            /** CaptureHeader endsWithCaptureEnd. */
            endsWithCaptureEnd: boolean;

            /**
             * Creates a new CaptureHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureHeader instance
             */
            static create(properties: faultreplay.v1.CaptureHeader.$Shape): faultreplay.v1.CaptureHeader & faultreplay.v1.CaptureHeader.$Shape;
            static create(properties?: faultreplay.v1.CaptureHeader.$Properties): faultreplay.v1.CaptureHeader;

            /**
             * Encodes the specified CaptureHeader message. Does not implicitly {@link faultreplay.v1.CaptureHeader.verify|verify} messages.
             * @param message CaptureHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.CaptureHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.CaptureHeader & faultreplay.v1.CaptureHeader.$Shape} CaptureHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.CaptureHeader & faultreplay.v1.CaptureHeader.$Shape;

            /**
             * Gets the type url for CaptureHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CaptureHeader {

            /** Properties of a CaptureHeader. */
            interface $Properties {

                /** CaptureHeader captureId */
                captureId?: (string|null);

                /** CaptureHeader sourceFile */
                sourceFile?: (string|null);

                /** CaptureHeader format */
                format?: (string|null);

                /** CaptureHeader kernel */
                kernel?: (string|null);

                /** CaptureHeader clock */
                clock?: (string|null);

                /** CaptureHeader host */
                host?: (string|null);

                /** CaptureHeader schemaVersion */
                schemaVersion?: (number|null);

                /** CaptureHeader hz */
                hz?: (number|null);

                /** CaptureHeader nsClock */
                nsClock?: (boolean|null);

                /** CaptureHeader fsType */
                fsType?: (string|null);

                /** CaptureHeader fsDev */
                fsDev?: (number|null);

                /** CaptureHeader contentHash */
                contentHash?: (string|null);

                /** CaptureHeader dirtyExpireMs */
                dirtyExpireMs?: (Long|null);

                /** CaptureHeader writebackIntervalMs */
                writebackIntervalMs?: (Long|null);

                /** CaptureHeader dirtyBackgroundBytes */
                dirtyBackgroundBytes?: (Long|null);

                /** CaptureHeader dirtyBackgroundRatio */
                dirtyBackgroundRatio?: (number|null);

                /** CaptureHeader dirtytimeExpireMs */
                dirtytimeExpireMs?: (Long|null);

                /** CaptureHeader commitIntervalMs */
                commitIntervalMs?: (Long|null);

                /** CaptureHeader mountOptions */
                mountOptions?: (string|null);

                /** CaptureHeader endsWithCaptureEnd */
                endsWithCaptureEnd?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CaptureHeader. */
            type $Shape = faultreplay.v1.CaptureHeader.$Properties;
        }

        /**
         * Properties of a CaptureEnd.
         * @deprecated Use faultreplay.v1.CaptureEnd.$Properties instead.
         */
        interface ICaptureEnd extends faultreplay.v1.CaptureEnd.$Properties {
        }

        /** Represents a CaptureEnd. */
        class CaptureEnd {

            /**
             * Constructs a new CaptureEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.CaptureEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CaptureEnd events. */
            events: Long;

            /** CaptureEnd inputBytes. */
            inputBytes: Long;

            /** CaptureEnd inputDamaged. */
            inputDamaged: boolean;

            /** CaptureEnd badLines. */
            badLines?: (Long|null);

            /** CaptureEnd payloadMismatchLines. */
            payloadMismatchLines?: (Long|null);

            /**
             * Creates a new CaptureEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureEnd instance
             */
            static create(properties: faultreplay.v1.CaptureEnd.$Shape): faultreplay.v1.CaptureEnd & faultreplay.v1.CaptureEnd.$Shape;
            static create(properties?: faultreplay.v1.CaptureEnd.$Properties): faultreplay.v1.CaptureEnd;

            /**
             * Encodes the specified CaptureEnd message. Does not implicitly {@link faultreplay.v1.CaptureEnd.verify|verify} messages.
             * @param message CaptureEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.CaptureEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.CaptureEnd & faultreplay.v1.CaptureEnd.$Shape} CaptureEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.CaptureEnd & faultreplay.v1.CaptureEnd.$Shape;

            /**
             * Gets the type url for CaptureEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CaptureEnd {

            /** Properties of a CaptureEnd. */
            interface $Properties {

                /** CaptureEnd events */
                events?: (Long|null);

                /** CaptureEnd inputBytes */
                inputBytes?: (Long|null);

                /** CaptureEnd inputDamaged */
                inputDamaged?: (boolean|null);

                /** CaptureEnd badLines */
                badLines?: (Long|null);

                /** CaptureEnd payloadMismatchLines */
                payloadMismatchLines?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CaptureEnd. */
            type $Shape = faultreplay.v1.CaptureEnd.$Properties;
        }

        /**
         * Properties of a PageFault.
         * @deprecated Use faultreplay.v1.PageFault.$Properties instead.
         */
        interface IPageFault extends faultreplay.v1.PageFault.$Properties {
        }

        /** Represents a PageFault. */
        class PageFault {

            /**
             * Constructs a new PageFault.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.PageFault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PageFault address. */
            address: Long;

            /** PageFault ip. */
            ip: Long;

            /** PageFault errorCode. */
            errorCode: number;

            /** PageFault user. */
            user: boolean;

            /**
             * Creates a new PageFault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PageFault instance
             */
            static create(properties: faultreplay.v1.PageFault.$Shape): faultreplay.v1.PageFault & faultreplay.v1.PageFault.$Shape;
            static create(properties?: faultreplay.v1.PageFault.$Properties): faultreplay.v1.PageFault;

            /**
             * Encodes the specified PageFault message. Does not implicitly {@link faultreplay.v1.PageFault.verify|verify} messages.
             * @param message PageFault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.PageFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PageFault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageFault & faultreplay.v1.PageFault.$Shape} PageFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.PageFault & faultreplay.v1.PageFault.$Shape;

            /**
             * Gets the type url for PageFault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PageFault {

            /** Properties of a PageFault. */
            interface $Properties {

                /** PageFault address */
                address?: (Long|null);

                /** PageFault ip */
                ip?: (Long|null);

                /** PageFault errorCode */
                errorCode?: (number|null);

                /** PageFault user */
                user?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PageFault. */
            type $Shape = faultreplay.v1.PageFault.$Properties;
        }

        /**
         * Properties of a FilemapFault.
         * @deprecated Use faultreplay.v1.FilemapFault.$Properties instead.
         */
        interface IFilemapFault extends faultreplay.v1.FilemapFault.$Properties {
        }

        /** Represents a FilemapFault. */
        class FilemapFault {

            /**
             * Constructs a new FilemapFault.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.FilemapFault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilemapFault dev. */
            dev: number;

            /** FilemapFault ino. */
            ino: Long;

            /** FilemapFault offset. */
            offset: Long;

            /** FilemapFault endOffset. */
            endOffset: Long;

            /** FilemapFault mapPages. */
            mapPages: boolean;

            /**
             * Creates a new FilemapFault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilemapFault instance
             */
            static create(properties: faultreplay.v1.FilemapFault.$Shape): faultreplay.v1.FilemapFault & faultreplay.v1.FilemapFault.$Shape;
            static create(properties?: faultreplay.v1.FilemapFault.$Properties): faultreplay.v1.FilemapFault;

            /**
             * Encodes the specified FilemapFault message. Does not implicitly {@link faultreplay.v1.FilemapFault.verify|verify} messages.
             * @param message FilemapFault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.FilemapFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilemapFault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.FilemapFault & faultreplay.v1.FilemapFault.$Shape} FilemapFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.FilemapFault & faultreplay.v1.FilemapFault.$Shape;

            /**
             * Gets the type url for FilemapFault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilemapFault {

            /** Properties of a FilemapFault. */
            interface $Properties {

                /** FilemapFault dev */
                dev?: (number|null);

                /** FilemapFault ino */
                ino?: (Long|null);

                /** FilemapFault offset */
                offset?: (Long|null);

                /** FilemapFault endOffset */
                endOffset?: (Long|null);

                /** FilemapFault mapPages */
                mapPages?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FilemapFault. */
            type $Shape = faultreplay.v1.FilemapFault.$Properties;
        }

        /**
         * Properties of a PageDirtied.
         * @deprecated Use faultreplay.v1.PageDirtied.$Properties instead.
         */
        interface IPageDirtied extends faultreplay.v1.PageDirtied.$Properties {
        }

        /** Represents a PageDirtied. */
        class PageDirtied {

            /**
             * Constructs a new PageDirtied.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.PageDirtied.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PageDirtied dev. */
            dev: number;

            /** PageDirtied ino. */
            ino: Long;

            /** PageDirtied index. */
            index: Long;

            /** PageDirtied legacyPageEvent. */
            legacyPageEvent: boolean;

            /**
             * Creates a new PageDirtied instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PageDirtied instance
             */
            static create(properties: faultreplay.v1.PageDirtied.$Shape): faultreplay.v1.PageDirtied & faultreplay.v1.PageDirtied.$Shape;
            static create(properties?: faultreplay.v1.PageDirtied.$Properties): faultreplay.v1.PageDirtied;

            /**
             * Encodes the specified PageDirtied message. Does not implicitly {@link faultreplay.v1.PageDirtied.verify|verify} messages.
             * @param message PageDirtied message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.PageDirtied.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PageDirtied message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageDirtied & faultreplay.v1.PageDirtied.$Shape} PageDirtied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.PageDirtied & faultreplay.v1.PageDirtied.$Shape;

            /**
             * Gets the type url for PageDirtied
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PageDirtied {

            /** Properties of a PageDirtied. */
            interface $Properties {

                /** PageDirtied dev */
                dev?: (number|null);

                /** PageDirtied ino */
                ino?: (Long|null);

                /** PageDirtied index */
                index?: (Long|null);

                /** PageDirtied legacyPageEvent */
                legacyPageEvent?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PageDirtied. */
            type $Shape = faultreplay.v1.PageDirtied.$Properties;
        }

        /**
         * Properties of an InodeDirtied.
         * @deprecated Use faultreplay.v1.InodeDirtied.$Properties instead.
         */
        interface IInodeDirtied extends faultreplay.v1.InodeDirtied.$Properties {
        }

        /** Represents an InodeDirtied. */
        class InodeDirtied {

            /**
             * Constructs a new InodeDirtied.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.InodeDirtied.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InodeDirtied dev. */
            dev: number;

            /** InodeDirtied ino. */
            ino: Long;

            /** InodeDirtied flags. */
            flags: number;

            /** InodeDirtied state. */
            state: number;

            /** InodeDirtied stage. */
            stage: string;

            /** InodeDirtied rawFlags. */
            rawFlags: Long;

            /** InodeDirtied rawState. */
            rawState: Long;

            /**
             * Creates a new InodeDirtied instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InodeDirtied instance
             */
            static create(properties: faultreplay.v1.InodeDirtied.$Shape): faultreplay.v1.InodeDirtied & faultreplay.v1.InodeDirtied.$Shape;
            static create(properties?: faultreplay.v1.InodeDirtied.$Properties): faultreplay.v1.InodeDirtied;

            /**
             * Encodes the specified InodeDirtied message. Does not implicitly {@link faultreplay.v1.InodeDirtied.verify|verify} messages.
             * @param message InodeDirtied message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.InodeDirtied.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InodeDirtied message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.InodeDirtied & faultreplay.v1.InodeDirtied.$Shape} InodeDirtied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.InodeDirtied & faultreplay.v1.InodeDirtied.$Shape;

            /**
             * Gets the type url for InodeDirtied
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InodeDirtied {

            /** Properties of an InodeDirtied. */
            interface $Properties {

                /** InodeDirtied dev */
                dev?: (number|null);

                /** InodeDirtied ino */
                ino?: (Long|null);

                /** InodeDirtied flags */
                flags?: (number|null);

                /** InodeDirtied state */
                state?: (number|null);

                /** InodeDirtied stage */
                stage?: (string|null);

                /** InodeDirtied rawFlags */
                rawFlags?: (Long|null);

                /** InodeDirtied rawState */
                rawState?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InodeDirtied. */
            type $Shape = faultreplay.v1.InodeDirtied.$Properties;
        }

        /**
         * Properties of an InodeMarkedDirty.
         * @deprecated Use faultreplay.v1.InodeMarkedDirty.$Properties instead.
         */
        interface IInodeMarkedDirty extends faultreplay.v1.InodeMarkedDirty.$Properties {
        }

        /** Represents an InodeMarkedDirty. */
        class InodeMarkedDirty {

            /**
             * Constructs a new InodeMarkedDirty.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.InodeMarkedDirty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InodeMarkedDirty dev. */
            dev: number;

            /** InodeMarkedDirty ino. */
            ino: Long;

            /** InodeMarkedDirty caller. */
            caller: string;

            /**
             * Creates a new InodeMarkedDirty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InodeMarkedDirty instance
             */
            static create(properties: faultreplay.v1.InodeMarkedDirty.$Shape): faultreplay.v1.InodeMarkedDirty & faultreplay.v1.InodeMarkedDirty.$Shape;
            static create(properties?: faultreplay.v1.InodeMarkedDirty.$Properties): faultreplay.v1.InodeMarkedDirty;

            /**
             * Encodes the specified InodeMarkedDirty message. Does not implicitly {@link faultreplay.v1.InodeMarkedDirty.verify|verify} messages.
             * @param message InodeMarkedDirty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.InodeMarkedDirty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InodeMarkedDirty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.InodeMarkedDirty & faultreplay.v1.InodeMarkedDirty.$Shape} InodeMarkedDirty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.InodeMarkedDirty & faultreplay.v1.InodeMarkedDirty.$Shape;

            /**
             * Gets the type url for InodeMarkedDirty
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InodeMarkedDirty {

            /** Properties of an InodeMarkedDirty. */
            interface $Properties {

                /** InodeMarkedDirty dev */
                dev?: (number|null);

                /** InodeMarkedDirty ino */
                ino?: (Long|null);

                /** InodeMarkedDirty caller */
                caller?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InodeMarkedDirty. */
            type $Shape = faultreplay.v1.InodeMarkedDirty.$Properties;
        }

        /**
         * Properties of a WritepagesStart.
         * @deprecated Use faultreplay.v1.WritepagesStart.$Properties instead.
         */
        interface IWritepagesStart extends faultreplay.v1.WritepagesStart.$Properties {
        }

        /** Represents a WritepagesStart. */
        class WritepagesStart {

            /**
             * Constructs a new WritepagesStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.WritepagesStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WritepagesStart dev. */
            dev: number;

            /** WritepagesStart ino. */
            ino: Long;

            /** WritepagesStart nrToWrite. */
            nrToWrite: Long;

            /** WritepagesStart rangeStart. */
            rangeStart: Long;

            /** WritepagesStart rangeEnd. */
            rangeEnd: Long;

            /** WritepagesStart syncMode. */
            syncMode: number;

            /** WritepagesStart forKupdate. */
            forKupdate: boolean;

            /** WritepagesStart source. */
            source: string;

            /**
             * Creates a new WritepagesStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WritepagesStart instance
             */
            static create(properties: faultreplay.v1.WritepagesStart.$Shape): faultreplay.v1.WritepagesStart & faultreplay.v1.WritepagesStart.$Shape;
            static create(properties?: faultreplay.v1.WritepagesStart.$Properties): faultreplay.v1.WritepagesStart;

            /**
             * Encodes the specified WritepagesStart message. Does not implicitly {@link faultreplay.v1.WritepagesStart.verify|verify} messages.
             * @param message WritepagesStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.WritepagesStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WritepagesStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritepagesStart & faultreplay.v1.WritepagesStart.$Shape} WritepagesStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.WritepagesStart & faultreplay.v1.WritepagesStart.$Shape;

            /**
             * Gets the type url for WritepagesStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WritepagesStart {

            /** Properties of a WritepagesStart. */
            interface $Properties {

                /** WritepagesStart dev */
                dev?: (number|null);

                /** WritepagesStart ino */
                ino?: (Long|null);

                /** WritepagesStart nrToWrite */
                nrToWrite?: (Long|null);

                /** WritepagesStart rangeStart */
                rangeStart?: (Long|null);

                /** WritepagesStart rangeEnd */
                rangeEnd?: (Long|null);

                /** WritepagesStart syncMode */
                syncMode?: (number|null);

                /** WritepagesStart forKupdate */
                forKupdate?: (boolean|null);

                /** WritepagesStart source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WritepagesStart. */
            type $Shape = faultreplay.v1.WritepagesStart.$Properties;
        }

        /**
         * Properties of a WritepagesResult.
         * @deprecated Use faultreplay.v1.WritepagesResult.$Properties instead.
         */
        interface IWritepagesResult extends faultreplay.v1.WritepagesResult.$Properties {
        }

        /** Represents a WritepagesResult. */
        class WritepagesResult {

            /**
             * Constructs a new WritepagesResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.WritepagesResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WritepagesResult dev. */
            dev: number;

            /** WritepagesResult ino. */
            ino: Long;

            /** WritepagesResult ret. */
            ret: Long;

            /** WritepagesResult pagesWritten. */
            pagesWritten: Long;

            /** WritepagesResult syncMode. */
            syncMode: number;

            /** WritepagesResult source. */
            source: string;

            /**
             * Creates a new WritepagesResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WritepagesResult instance
             */
            static create(properties: faultreplay.v1.WritepagesResult.$Shape): faultreplay.v1.WritepagesResult & faultreplay.v1.WritepagesResult.$Shape;
            static create(properties?: faultreplay.v1.WritepagesResult.$Properties): faultreplay.v1.WritepagesResult;

            /**
             * Encodes the specified WritepagesResult message. Does not implicitly {@link faultreplay.v1.WritepagesResult.verify|verify} messages.
             * @param message WritepagesResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.WritepagesResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WritepagesResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritepagesResult & faultreplay.v1.WritepagesResult.$Shape} WritepagesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.WritepagesResult & faultreplay.v1.WritepagesResult.$Shape;

            /**
             * Gets the type url for WritepagesResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WritepagesResult {

            /** Properties of a WritepagesResult. */
            interface $Properties {

                /** WritepagesResult dev */
                dev?: (number|null);

                /** WritepagesResult ino */
                ino?: (Long|null);

                /** WritepagesResult ret */
                ret?: (Long|null);

                /** WritepagesResult pagesWritten */
                pagesWritten?: (Long|null);

                /** WritepagesResult syncMode */
                syncMode?: (number|null);

                /** WritepagesResult source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WritepagesResult. */
            type $Shape = faultreplay.v1.WritepagesResult.$Properties;
        }

        /**
         * Properties of a WritebackWork.
         * @deprecated Use faultreplay.v1.WritebackWork.$Properties instead.
         */
        interface IWritebackWork extends faultreplay.v1.WritebackWork.$Properties {
        }

        /** Represents a WritebackWork. */
        class WritebackWork {

            /**
             * Constructs a new WritebackWork.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.WritebackWork.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WritebackWork dev. */
            dev: number;

            /** WritebackWork nrPages. */
            nrPages: Long;

            /** WritebackWork syncMode. */
            syncMode: number;

            /** WritebackWork kupdate. */
            kupdate: boolean;

            /** WritebackWork background. */
            background: boolean;

            /** WritebackWork reason. */
            reason: string;

            /** WritebackWork phase. */
            phase: string;

            /**
             * Creates a new WritebackWork instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WritebackWork instance
             */
            static create(properties: faultreplay.v1.WritebackWork.$Shape): faultreplay.v1.WritebackWork & faultreplay.v1.WritebackWork.$Shape;
            static create(properties?: faultreplay.v1.WritebackWork.$Properties): faultreplay.v1.WritebackWork;

            /**
             * Encodes the specified WritebackWork message. Does not implicitly {@link faultreplay.v1.WritebackWork.verify|verify} messages.
             * @param message WritebackWork message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.WritebackWork.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WritebackWork message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritebackWork & faultreplay.v1.WritebackWork.$Shape} WritebackWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.WritebackWork & faultreplay.v1.WritebackWork.$Shape;

            /**
             * Gets the type url for WritebackWork
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WritebackWork {

            /** Properties of a WritebackWork. */
            interface $Properties {

                /** WritebackWork dev */
                dev?: (number|null);

                /** WritebackWork nrPages */
                nrPages?: (Long|null);

                /** WritebackWork syncMode */
                syncMode?: (number|null);

                /** WritebackWork kupdate */
                kupdate?: (boolean|null);

                /** WritebackWork background */
                background?: (boolean|null);

                /** WritebackWork reason */
                reason?: (string|null);

                /** WritebackWork phase */
                phase?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WritebackWork. */
            type $Shape = faultreplay.v1.WritebackWork.$Properties;
        }

        /**
         * Properties of a WritebackWait.
         * @deprecated Use faultreplay.v1.WritebackWait.$Properties instead.
         */
        interface IWritebackWait extends faultreplay.v1.WritebackWait.$Properties {
        }

        /** Represents a WritebackWait. */
        class WritebackWait {

            /**
             * Constructs a new WritebackWait.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.WritebackWait.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WritebackWait dev. */
            dev: number;

            /** WritebackWait ino. */
            ino: Long;

            /** WritebackWait index. */
            index: Long;

            /**
             * Creates a new WritebackWait instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WritebackWait instance
             */
            static create(properties: faultreplay.v1.WritebackWait.$Shape): faultreplay.v1.WritebackWait & faultreplay.v1.WritebackWait.$Shape;
            static create(properties?: faultreplay.v1.WritebackWait.$Properties): faultreplay.v1.WritebackWait;

            /**
             * Encodes the specified WritebackWait message. Does not implicitly {@link faultreplay.v1.WritebackWait.verify|verify} messages.
             * @param message WritebackWait message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.WritebackWait.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WritebackWait message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.WritebackWait & faultreplay.v1.WritebackWait.$Shape} WritebackWait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.WritebackWait & faultreplay.v1.WritebackWait.$Shape;

            /**
             * Gets the type url for WritebackWait
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WritebackWait {

            /** Properties of a WritebackWait. */
            interface $Properties {

                /** WritebackWait dev */
                dev?: (number|null);

                /** WritebackWait ino */
                ino?: (Long|null);

                /** WritebackWait index */
                index?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WritebackWait. */
            type $Shape = faultreplay.v1.WritebackWait.$Properties;
        }

        /**
         * Properties of a JournalHandle.
         * @deprecated Use faultreplay.v1.JournalHandle.$Properties instead.
         */
        interface IJournalHandle extends faultreplay.v1.JournalHandle.$Properties {
        }

        /** Represents a JournalHandle. */
        class JournalHandle {

            /**
             * Constructs a new JournalHandle.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.JournalHandle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JournalHandle dev. */
            dev: number;

            /** JournalHandle tid. */
            tid: number;

            /** JournalHandle type. */
            type: number;

            /** JournalHandle lineNo. */
            lineNo: number;

            /** JournalHandle requestedBlocks. */
            requestedBlocks: number;

            /** JournalHandle phase. */
            phase: string;

            /** JournalHandle dirtiedBlocks. */
            dirtiedBlocks: number;

            /** JournalHandle interval. */
            interval: number;

            /**
             * Creates a new JournalHandle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JournalHandle instance
             */
            static create(properties: faultreplay.v1.JournalHandle.$Shape): faultreplay.v1.JournalHandle & faultreplay.v1.JournalHandle.$Shape;
            static create(properties?: faultreplay.v1.JournalHandle.$Properties): faultreplay.v1.JournalHandle;

            /**
             * Encodes the specified JournalHandle message. Does not implicitly {@link faultreplay.v1.JournalHandle.verify|verify} messages.
             * @param message JournalHandle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.JournalHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JournalHandle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalHandle & faultreplay.v1.JournalHandle.$Shape} JournalHandle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.JournalHandle & faultreplay.v1.JournalHandle.$Shape;

            /**
             * Gets the type url for JournalHandle
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JournalHandle {

            /** Properties of a JournalHandle. */
            interface $Properties {

                /** JournalHandle dev */
                dev?: (number|null);

                /** JournalHandle tid */
                tid?: (number|null);

                /** JournalHandle type */
                type?: (number|null);

                /** JournalHandle lineNo */
                lineNo?: (number|null);

                /** JournalHandle requestedBlocks */
                requestedBlocks?: (number|null);

                /** JournalHandle phase */
                phase?: (string|null);

                /** JournalHandle dirtiedBlocks */
                dirtiedBlocks?: (number|null);

                /** JournalHandle interval */
                interval?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JournalHandle. */
            type $Shape = faultreplay.v1.JournalHandle.$Properties;
        }

        /**
         * Properties of a JournalCommit.
         * @deprecated Use faultreplay.v1.JournalCommit.$Properties instead.
         */
        interface IJournalCommit extends faultreplay.v1.JournalCommit.$Properties {
        }

        /** Represents a JournalCommit. */
        class JournalCommit {

            /**
             * Constructs a new JournalCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.JournalCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JournalCommit dev. */
            dev: number;

            /** JournalCommit tid. */
            tid: number;

            /** JournalCommit sync. */
            sync: boolean;

            /** JournalCommit phase. */
            phase: string;

            /** JournalCommit head. */
            head: number;

            /**
             * Creates a new JournalCommit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JournalCommit instance
             */
            static create(properties: faultreplay.v1.JournalCommit.$Shape): faultreplay.v1.JournalCommit & faultreplay.v1.JournalCommit.$Shape;
            static create(properties?: faultreplay.v1.JournalCommit.$Properties): faultreplay.v1.JournalCommit;

            /**
             * Encodes the specified JournalCommit message. Does not implicitly {@link faultreplay.v1.JournalCommit.verify|verify} messages.
             * @param message JournalCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.JournalCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JournalCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalCommit & faultreplay.v1.JournalCommit.$Shape} JournalCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.JournalCommit & faultreplay.v1.JournalCommit.$Shape;

            /**
             * Gets the type url for JournalCommit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JournalCommit {

            /** Properties of a JournalCommit. */
            interface $Properties {

                /** JournalCommit dev */
                dev?: (number|null);

                /** JournalCommit tid */
                tid?: (number|null);

                /** JournalCommit sync */
                sync?: (boolean|null);

                /** JournalCommit phase */
                phase?: (string|null);

                /** JournalCommit head */
                head?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JournalCommit. */
            type $Shape = faultreplay.v1.JournalCommit.$Properties;
        }

        /**
         * Properties of a JournalRunStats.
         * @deprecated Use faultreplay.v1.JournalRunStats.$Properties instead.
         */
        interface IJournalRunStats extends faultreplay.v1.JournalRunStats.$Properties {
        }

        /** Represents a JournalRunStats. */
        class JournalRunStats {

            /**
             * Constructs a new JournalRunStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.JournalRunStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JournalRunStats dev. */
            dev: number;

            /** JournalRunStats tid. */
            tid: number;

            /** JournalRunStats waitMs. */
            waitMs: number;

            /** JournalRunStats requestDelayMs. */
            requestDelayMs: number;

            /** JournalRunStats runningMs. */
            runningMs: number;

            /** JournalRunStats lockedMs. */
            lockedMs: number;

            /** JournalRunStats flushingMs. */
            flushingMs: number;

            /** JournalRunStats loggingMs. */
            loggingMs: number;

            /** JournalRunStats handleCount. */
            handleCount: number;

            /** JournalRunStats blocks. */
            blocks: number;

            /** JournalRunStats blocksLogged. */
            blocksLogged: number;

            /**
             * Creates a new JournalRunStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JournalRunStats instance
             */
            static create(properties: faultreplay.v1.JournalRunStats.$Shape): faultreplay.v1.JournalRunStats & faultreplay.v1.JournalRunStats.$Shape;
            static create(properties?: faultreplay.v1.JournalRunStats.$Properties): faultreplay.v1.JournalRunStats;

            /**
             * Encodes the specified JournalRunStats message. Does not implicitly {@link faultreplay.v1.JournalRunStats.verify|verify} messages.
             * @param message JournalRunStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.JournalRunStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JournalRunStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.JournalRunStats & faultreplay.v1.JournalRunStats.$Shape} JournalRunStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.JournalRunStats & faultreplay.v1.JournalRunStats.$Shape;

            /**
             * Gets the type url for JournalRunStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JournalRunStats {

            /** Properties of a JournalRunStats. */
            interface $Properties {

                /** JournalRunStats dev */
                dev?: (number|null);

                /** JournalRunStats tid */
                tid?: (number|null);

                /** JournalRunStats waitMs */
                waitMs?: (number|null);

                /** JournalRunStats requestDelayMs */
                requestDelayMs?: (number|null);

                /** JournalRunStats runningMs */
                runningMs?: (number|null);

                /** JournalRunStats lockedMs */
                lockedMs?: (number|null);

                /** JournalRunStats flushingMs */
                flushingMs?: (number|null);

                /** JournalRunStats loggingMs */
                loggingMs?: (number|null);

                /** JournalRunStats handleCount */
                handleCount?: (number|null);

                /** JournalRunStats blocks */
                blocks?: (number|null);

                /** JournalRunStats blocksLogged */
                blocksLogged?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JournalRunStats. */
            type $Shape = faultreplay.v1.JournalRunStats.$Properties;
        }

        /**
         * Properties of a FsSync.
         * @deprecated Use faultreplay.v1.FsSync.$Properties instead.
         */
        interface IFsSync extends faultreplay.v1.FsSync.$Properties {
        }

        /** Represents a FsSync. */
        class FsSync {

            /**
             * Constructs a new FsSync.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.FsSync.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FsSync dev. */
            dev: number;

            /** FsSync ino. */
            ino: Long;

            /** FsSync datasync. */
            datasync: boolean;

            /** FsSync phase. */
            phase: string;

            /** FsSync ret. */
            ret: number;

            /**
             * Creates a new FsSync instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FsSync instance
             */
            static create(properties: faultreplay.v1.FsSync.$Shape): faultreplay.v1.FsSync & faultreplay.v1.FsSync.$Shape;
            static create(properties?: faultreplay.v1.FsSync.$Properties): faultreplay.v1.FsSync;

            /**
             * Encodes the specified FsSync message. Does not implicitly {@link faultreplay.v1.FsSync.verify|verify} messages.
             * @param message FsSync message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.FsSync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FsSync message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.FsSync & faultreplay.v1.FsSync.$Shape} FsSync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.FsSync & faultreplay.v1.FsSync.$Shape;

            /**
             * Gets the type url for FsSync
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FsSync {

            /** Properties of a FsSync. */
            interface $Properties {

                /** FsSync dev */
                dev?: (number|null);

                /** FsSync ino */
                ino?: (Long|null);

                /** FsSync datasync */
                datasync?: (boolean|null);

                /** FsSync phase */
                phase?: (string|null);

                /** FsSync ret */
                ret?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FsSync. */
            type $Shape = faultreplay.v1.FsSync.$Properties;
        }

        /**
         * Properties of a XfsFault.
         * @deprecated Use faultreplay.v1.XfsFault.$Properties instead.
         */
        interface IXfsFault extends faultreplay.v1.XfsFault.$Properties {
        }

        /** Represents a XfsFault. */
        class XfsFault {

            /**
             * Constructs a new XfsFault.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.XfsFault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** XfsFault dev. */
            dev: number;

            /** XfsFault ino. */
            ino: Long;

            /** XfsFault order. */
            order: number;

            /** XfsFault write. */
            write: boolean;

            /**
             * Creates a new XfsFault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns XfsFault instance
             */
            static create(properties: faultreplay.v1.XfsFault.$Shape): faultreplay.v1.XfsFault & faultreplay.v1.XfsFault.$Shape;
            static create(properties?: faultreplay.v1.XfsFault.$Properties): faultreplay.v1.XfsFault;

            /**
             * Encodes the specified XfsFault message. Does not implicitly {@link faultreplay.v1.XfsFault.verify|verify} messages.
             * @param message XfsFault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.XfsFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a XfsFault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.XfsFault & faultreplay.v1.XfsFault.$Shape} XfsFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.XfsFault & faultreplay.v1.XfsFault.$Shape;

            /**
             * Gets the type url for XfsFault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace XfsFault {

            /** Properties of a XfsFault. */
            interface $Properties {

                /** XfsFault dev */
                dev?: (number|null);

                /** XfsFault ino */
                ino?: (Long|null);

                /** XfsFault order */
                order?: (number|null);

                /** XfsFault write */
                write?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a XfsFault. */
            type $Shape = faultreplay.v1.XfsFault.$Properties;
        }

        /**
         * Properties of an IomapWriteback.
         * @deprecated Use faultreplay.v1.IomapWriteback.$Properties instead.
         */
        interface IIomapWriteback extends faultreplay.v1.IomapWriteback.$Properties {
        }

        /** Represents an IomapWriteback. */
        class IomapWriteback {

            /**
             * Constructs a new IomapWriteback.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.IomapWriteback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IomapWriteback dev. */
            dev: number;

            /** IomapWriteback ino. */
            ino: Long;

            /** IomapWriteback size. */
            size: Long;

            /** IomapWriteback offset. */
            offset: Long;

            /** IomapWriteback length. */
            length: Long;

            /** IomapWriteback phase. */
            phase: string;

            /** IomapWriteback mapType. */
            mapType: string;

            /**
             * Creates a new IomapWriteback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IomapWriteback instance
             */
            static create(properties: faultreplay.v1.IomapWriteback.$Shape): faultreplay.v1.IomapWriteback & faultreplay.v1.IomapWriteback.$Shape;
            static create(properties?: faultreplay.v1.IomapWriteback.$Properties): faultreplay.v1.IomapWriteback;

            /**
             * Encodes the specified IomapWriteback message. Does not implicitly {@link faultreplay.v1.IomapWriteback.verify|verify} messages.
             * @param message IomapWriteback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.IomapWriteback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IomapWriteback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.IomapWriteback & faultreplay.v1.IomapWriteback.$Shape} IomapWriteback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.IomapWriteback & faultreplay.v1.IomapWriteback.$Shape;

            /**
             * Gets the type url for IomapWriteback
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IomapWriteback {

            /** Properties of an IomapWriteback. */
            interface $Properties {

                /** IomapWriteback dev */
                dev?: (number|null);

                /** IomapWriteback ino */
                ino?: (Long|null);

                /** IomapWriteback size */
                size?: (Long|null);

                /** IomapWriteback offset */
                offset?: (Long|null);

                /** IomapWriteback length */
                length?: (Long|null);

                /** IomapWriteback phase */
                phase?: (string|null);

                /** IomapWriteback mapType */
                mapType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IomapWriteback. */
            type $Shape = faultreplay.v1.IomapWriteback.$Properties;
        }

        /**
         * Properties of a DaxFault.
         * @deprecated Use faultreplay.v1.DaxFault.$Properties instead.
         */
        interface IDaxFault extends faultreplay.v1.DaxFault.$Properties {
        }

        /** Represents a DaxFault. */
        class DaxFault {

            /**
             * Constructs a new DaxFault.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.DaxFault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaxFault dev. */
            dev: number;

            /** DaxFault ino. */
            ino: Long;

            /** DaxFault address. */
            address: Long;

            /** DaxFault pgoff. */
            pgoff: Long;

            /** DaxFault shared. */
            shared: boolean;

            /** DaxFault faultFlags. */
            faultFlags: string;

            /** DaxFault result. */
            result: string;

            /** DaxFault phase. */
            phase: string;

            /** DaxFault pmd. */
            pmd: boolean;

            /**
             * Creates a new DaxFault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaxFault instance
             */
            static create(properties: faultreplay.v1.DaxFault.$Shape): faultreplay.v1.DaxFault & faultreplay.v1.DaxFault.$Shape;
            static create(properties?: faultreplay.v1.DaxFault.$Properties): faultreplay.v1.DaxFault;

            /**
             * Encodes the specified DaxFault message. Does not implicitly {@link faultreplay.v1.DaxFault.verify|verify} messages.
             * @param message DaxFault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.DaxFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaxFault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.DaxFault & faultreplay.v1.DaxFault.$Shape} DaxFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.DaxFault & faultreplay.v1.DaxFault.$Shape;

            /**
             * Gets the type url for DaxFault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DaxFault {

            /** Properties of a DaxFault. */
            interface $Properties {

                /** DaxFault dev */
                dev?: (number|null);

                /** DaxFault ino */
                ino?: (Long|null);

                /** DaxFault address */
                address?: (Long|null);

                /** DaxFault pgoff */
                pgoff?: (Long|null);

                /** DaxFault shared */
                shared?: (boolean|null);

                /** DaxFault faultFlags */
                faultFlags?: (string|null);

                /** DaxFault result */
                result?: (string|null);

                /** DaxFault phase */
                phase?: (string|null);

                /** DaxFault pmd */
                pmd?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaxFault. */
            type $Shape = faultreplay.v1.DaxFault.$Properties;
        }

        /**
         * Properties of a MsyncEnter.
         * @deprecated Use faultreplay.v1.MsyncEnter.$Properties instead.
         */
        interface IMsyncEnter extends faultreplay.v1.MsyncEnter.$Properties {
        }

        /** Represents a MsyncEnter. */
        class MsyncEnter {

            /**
             * Constructs a new MsyncEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.MsyncEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MsyncEnter start. */
            start: Long;

            /** MsyncEnter len. */
            len: Long;

            /** MsyncEnter flags. */
            flags: number;

            /**
             * Creates a new MsyncEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MsyncEnter instance
             */
            static create(properties: faultreplay.v1.MsyncEnter.$Shape): faultreplay.v1.MsyncEnter & faultreplay.v1.MsyncEnter.$Shape;
            static create(properties?: faultreplay.v1.MsyncEnter.$Properties): faultreplay.v1.MsyncEnter;

            /**
             * Encodes the specified MsyncEnter message. Does not implicitly {@link faultreplay.v1.MsyncEnter.verify|verify} messages.
             * @param message MsyncEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.MsyncEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MsyncEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.MsyncEnter & faultreplay.v1.MsyncEnter.$Shape} MsyncEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.MsyncEnter & faultreplay.v1.MsyncEnter.$Shape;

            /**
             * Gets the type url for MsyncEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MsyncEnter {

            /** Properties of a MsyncEnter. */
            interface $Properties {

                /** MsyncEnter start */
                start?: (Long|null);

                /** MsyncEnter len */
                len?: (Long|null);

                /** MsyncEnter flags */
                flags?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MsyncEnter. */
            type $Shape = faultreplay.v1.MsyncEnter.$Properties;
        }

        /**
         * Properties of a FsyncEnter.
         * @deprecated Use faultreplay.v1.FsyncEnter.$Properties instead.
         */
        interface IFsyncEnter extends faultreplay.v1.FsyncEnter.$Properties {
        }

        /** Represents a FsyncEnter. */
        class FsyncEnter {

            /**
             * Constructs a new FsyncEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.FsyncEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FsyncEnter fd. */
            fd: Long;

            /** FsyncEnter datasync. */
            datasync: boolean;

            /** FsyncEnter syscall. */
            syscall: string;

            /** FsyncEnter offset. */
            offset: Long;

            /** FsyncEnter nbytes. */
            nbytes: Long;

            /**
             * Creates a new FsyncEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FsyncEnter instance
             */
            static create(properties: faultreplay.v1.FsyncEnter.$Shape): faultreplay.v1.FsyncEnter & faultreplay.v1.FsyncEnter.$Shape;
            static create(properties?: faultreplay.v1.FsyncEnter.$Properties): faultreplay.v1.FsyncEnter;

            /**
             * Encodes the specified FsyncEnter message. Does not implicitly {@link faultreplay.v1.FsyncEnter.verify|verify} messages.
             * @param message FsyncEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.FsyncEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FsyncEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.FsyncEnter & faultreplay.v1.FsyncEnter.$Shape} FsyncEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.FsyncEnter & faultreplay.v1.FsyncEnter.$Shape;

            /**
             * Gets the type url for FsyncEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FsyncEnter {

            /** Properties of a FsyncEnter. */
            interface $Properties {

                /** FsyncEnter fd */
                fd?: (Long|null);

                /** FsyncEnter datasync */
                datasync?: (boolean|null);

                /** FsyncEnter syscall */
                syscall?: (string|null);

                /** FsyncEnter offset */
                offset?: (Long|null);

                /** FsyncEnter nbytes */
                nbytes?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FsyncEnter. */
            type $Shape = faultreplay.v1.FsyncEnter.$Properties;
        }

        /**
         * Properties of a MmapEnter.
         * @deprecated Use faultreplay.v1.MmapEnter.$Properties instead.
         */
        interface IMmapEnter extends faultreplay.v1.MmapEnter.$Properties {
        }

        /** Represents a MmapEnter. */
        class MmapEnter {

            /**
             * Constructs a new MmapEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.MmapEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MmapEnter addr. */
            addr: Long;

            /** MmapEnter len. */
            len: Long;

            /** MmapEnter prot. */
            prot: number;

            /** MmapEnter flags. */
            flags: number;

            /** MmapEnter fd. */
            fd: Long;

            /** MmapEnter off. */
            off: Long;

            /**
             * Creates a new MmapEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MmapEnter instance
             */
            static create(properties: faultreplay.v1.MmapEnter.$Shape): faultreplay.v1.MmapEnter & faultreplay.v1.MmapEnter.$Shape;
            static create(properties?: faultreplay.v1.MmapEnter.$Properties): faultreplay.v1.MmapEnter;

            /**
             * Encodes the specified MmapEnter message. Does not implicitly {@link faultreplay.v1.MmapEnter.verify|verify} messages.
             * @param message MmapEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.MmapEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MmapEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.MmapEnter & faultreplay.v1.MmapEnter.$Shape} MmapEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.MmapEnter & faultreplay.v1.MmapEnter.$Shape;

            /**
             * Gets the type url for MmapEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MmapEnter {

            /** Properties of a MmapEnter. */
            interface $Properties {

                /** MmapEnter addr */
                addr?: (Long|null);

                /** MmapEnter len */
                len?: (Long|null);

                /** MmapEnter prot */
                prot?: (number|null);

                /** MmapEnter flags */
                flags?: (number|null);

                /** MmapEnter fd */
                fd?: (Long|null);

                /** MmapEnter off */
                off?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MmapEnter. */
            type $Shape = faultreplay.v1.MmapEnter.$Properties;
        }

        /**
         * Properties of a MunmapEnter.
         * @deprecated Use faultreplay.v1.MunmapEnter.$Properties instead.
         */
        interface IMunmapEnter extends faultreplay.v1.MunmapEnter.$Properties {
        }

        /** Represents a MunmapEnter. */
        class MunmapEnter {

            /**
             * Constructs a new MunmapEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.MunmapEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MunmapEnter addr. */
            addr: Long;

            /** MunmapEnter len. */
            len: Long;

            /**
             * Creates a new MunmapEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MunmapEnter instance
             */
            static create(properties: faultreplay.v1.MunmapEnter.$Shape): faultreplay.v1.MunmapEnter & faultreplay.v1.MunmapEnter.$Shape;
            static create(properties?: faultreplay.v1.MunmapEnter.$Properties): faultreplay.v1.MunmapEnter;

            /**
             * Encodes the specified MunmapEnter message. Does not implicitly {@link faultreplay.v1.MunmapEnter.verify|verify} messages.
             * @param message MunmapEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.MunmapEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MunmapEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.MunmapEnter & faultreplay.v1.MunmapEnter.$Shape} MunmapEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.MunmapEnter & faultreplay.v1.MunmapEnter.$Shape;

            /**
             * Gets the type url for MunmapEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MunmapEnter {

            /** Properties of a MunmapEnter. */
            interface $Properties {

                /** MunmapEnter addr */
                addr?: (Long|null);

                /** MunmapEnter len */
                len?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MunmapEnter. */
            type $Shape = faultreplay.v1.MunmapEnter.$Properties;
        }

        /**
         * Properties of a MlockEnter.
         * @deprecated Use faultreplay.v1.MlockEnter.$Properties instead.
         */
        interface IMlockEnter extends faultreplay.v1.MlockEnter.$Properties {
        }

        /** Represents a MlockEnter. */
        class MlockEnter {

            /**
             * Constructs a new MlockEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.MlockEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlockEnter start. */
            start: Long;

            /** MlockEnter len. */
            len: Long;

            /** MlockEnter flags. */
            flags: number;

            /** MlockEnter syscall. */
            syscall: string;

            /**
             * Creates a new MlockEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MlockEnter instance
             */
            static create(properties: faultreplay.v1.MlockEnter.$Shape): faultreplay.v1.MlockEnter & faultreplay.v1.MlockEnter.$Shape;
            static create(properties?: faultreplay.v1.MlockEnter.$Properties): faultreplay.v1.MlockEnter;

            /**
             * Encodes the specified MlockEnter message. Does not implicitly {@link faultreplay.v1.MlockEnter.verify|verify} messages.
             * @param message MlockEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.MlockEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlockEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.MlockEnter & faultreplay.v1.MlockEnter.$Shape} MlockEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.MlockEnter & faultreplay.v1.MlockEnter.$Shape;

            /**
             * Gets the type url for MlockEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MlockEnter {

            /** Properties of a MlockEnter. */
            interface $Properties {

                /** MlockEnter start */
                start?: (Long|null);

                /** MlockEnter len */
                len?: (Long|null);

                /** MlockEnter flags */
                flags?: (number|null);

                /** MlockEnter syscall */
                syscall?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlockEnter. */
            type $Shape = faultreplay.v1.MlockEnter.$Properties;
        }

        /**
         * Properties of a FallocateEnter.
         * @deprecated Use faultreplay.v1.FallocateEnter.$Properties instead.
         */
        interface IFallocateEnter extends faultreplay.v1.FallocateEnter.$Properties {
        }

        /** Represents a FallocateEnter. */
        class FallocateEnter {

            /**
             * Constructs a new FallocateEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.FallocateEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FallocateEnter fd. */
            fd: Long;

            /** FallocateEnter mode. */
            mode: number;

            /** FallocateEnter offset. */
            offset: Long;

            /** FallocateEnter len. */
            len: Long;

            /**
             * Creates a new FallocateEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FallocateEnter instance
             */
            static create(properties: faultreplay.v1.FallocateEnter.$Shape): faultreplay.v1.FallocateEnter & faultreplay.v1.FallocateEnter.$Shape;
            static create(properties?: faultreplay.v1.FallocateEnter.$Properties): faultreplay.v1.FallocateEnter;

            /**
             * Encodes the specified FallocateEnter message. Does not implicitly {@link faultreplay.v1.FallocateEnter.verify|verify} messages.
             * @param message FallocateEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.FallocateEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FallocateEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.FallocateEnter & faultreplay.v1.FallocateEnter.$Shape} FallocateEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.FallocateEnter & faultreplay.v1.FallocateEnter.$Shape;

            /**
             * Gets the type url for FallocateEnter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FallocateEnter {

            /** Properties of a FallocateEnter. */
            interface $Properties {

                /** FallocateEnter fd */
                fd?: (Long|null);

                /** FallocateEnter mode */
                mode?: (number|null);

                /** FallocateEnter offset */
                offset?: (Long|null);

                /** FallocateEnter len */
                len?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FallocateEnter. */
            type $Shape = faultreplay.v1.FallocateEnter.$Properties;
        }

        /**
         * Properties of a SyscallExit.
         * @deprecated Use faultreplay.v1.SyscallExit.$Properties instead.
         */
        interface ISyscallExit extends faultreplay.v1.SyscallExit.$Properties {
        }

        /** Represents a SyscallExit. */
        class SyscallExit {

            /**
             * Constructs a new SyscallExit.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.SyscallExit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyscallExit syscall. */
            syscall: string;

            /** SyscallExit ret. */
            ret: Long;

            /**
             * Creates a new SyscallExit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyscallExit instance
             */
            static create(properties: faultreplay.v1.SyscallExit.$Shape): faultreplay.v1.SyscallExit & faultreplay.v1.SyscallExit.$Shape;
            static create(properties?: faultreplay.v1.SyscallExit.$Properties): faultreplay.v1.SyscallExit;

            /**
             * Encodes the specified SyscallExit message. Does not implicitly {@link faultreplay.v1.SyscallExit.verify|verify} messages.
             * @param message SyscallExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.SyscallExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyscallExit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.SyscallExit & faultreplay.v1.SyscallExit.$Shape} SyscallExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.SyscallExit & faultreplay.v1.SyscallExit.$Shape;

            /**
             * Gets the type url for SyscallExit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyscallExit {

            /** Properties of a SyscallExit. */
            interface $Properties {

                /** SyscallExit syscall */
                syscall?: (string|null);

                /** SyscallExit ret */
                ret?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyscallExit. */
            type $Shape = faultreplay.v1.SyscallExit.$Properties;
        }

        /**
         * Properties of a PageCacheChange.
         * @deprecated Use faultreplay.v1.PageCacheChange.$Properties instead.
         */
        interface IPageCacheChange extends faultreplay.v1.PageCacheChange.$Properties {
        }

        /** Represents a PageCacheChange. */
        class PageCacheChange {

            /**
             * Constructs a new PageCacheChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.PageCacheChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PageCacheChange dev. */
            dev: number;

            /** PageCacheChange ino. */
            ino: Long;

            /** PageCacheChange pfn. */
            pfn: Long;

            /** PageCacheChange index. */
            index: Long;

            /** PageCacheChange order. */
            order: number;

            /** PageCacheChange removed. */
            removed: boolean;

            /**
             * Creates a new PageCacheChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PageCacheChange instance
             */
            static create(properties: faultreplay.v1.PageCacheChange.$Shape): faultreplay.v1.PageCacheChange & faultreplay.v1.PageCacheChange.$Shape;
            static create(properties?: faultreplay.v1.PageCacheChange.$Properties): faultreplay.v1.PageCacheChange;

            /**
             * Encodes the specified PageCacheChange message. Does not implicitly {@link faultreplay.v1.PageCacheChange.verify|verify} messages.
             * @param message PageCacheChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.PageCacheChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PageCacheChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.PageCacheChange & faultreplay.v1.PageCacheChange.$Shape} PageCacheChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.PageCacheChange & faultreplay.v1.PageCacheChange.$Shape;

            /**
             * Gets the type url for PageCacheChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PageCacheChange {

            /** Properties of a PageCacheChange. */
            interface $Properties {

                /** PageCacheChange dev */
                dev?: (number|null);

                /** PageCacheChange ino */
                ino?: (Long|null);

                /** PageCacheChange pfn */
                pfn?: (Long|null);

                /** PageCacheChange index */
                index?: (Long|null);

                /** PageCacheChange order */
                order?: (number|null);

                /** PageCacheChange removed */
                removed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PageCacheChange. */
            type $Shape = faultreplay.v1.PageCacheChange.$Properties;
        }

        /**
         * Properties of a TimestampEvent.
         * @deprecated Use faultreplay.v1.TimestampEvent.$Properties instead.
         */
        interface ITimestampEvent extends faultreplay.v1.TimestampEvent.$Properties {
        }

        /** Represents a TimestampEvent. */
        class TimestampEvent {

            /**
             * Constructs a new TimestampEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.TimestampEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimestampEvent dev. */
            dev: number;

            /** TimestampEvent ino. */
            ino: Long;

            /** TimestampEvent gen. */
            gen: number;

            /** TimestampEvent kind. */
            kind: string;

            /** TimestampEvent ctimeSec. */
            ctimeSec: Long;

            /** TimestampEvent ctimeNsec. */
            ctimeNsec: number;

            /** TimestampEvent queried. */
            queried: boolean;

            /**
             * Creates a new TimestampEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimestampEvent instance
             */
            static create(properties: faultreplay.v1.TimestampEvent.$Shape): faultreplay.v1.TimestampEvent & faultreplay.v1.TimestampEvent.$Shape;
            static create(properties?: faultreplay.v1.TimestampEvent.$Properties): faultreplay.v1.TimestampEvent;

            /**
             * Encodes the specified TimestampEvent message. Does not implicitly {@link faultreplay.v1.TimestampEvent.verify|verify} messages.
             * @param message TimestampEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.TimestampEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimestampEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.TimestampEvent & faultreplay.v1.TimestampEvent.$Shape} TimestampEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.TimestampEvent & faultreplay.v1.TimestampEvent.$Shape;

            /**
             * Gets the type url for TimestampEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimestampEvent {

            /** Properties of a TimestampEvent. */
            interface $Properties {

                /** TimestampEvent dev */
                dev?: (number|null);

                /** TimestampEvent ino */
                ino?: (Long|null);

                /** TimestampEvent gen */
                gen?: (number|null);

                /** TimestampEvent kind */
                kind?: (string|null);

                /** TimestampEvent ctimeSec */
                ctimeSec?: (Long|null);

                /** TimestampEvent ctimeNsec */
                ctimeNsec?: (number|null);

                /** TimestampEvent queried */
                queried?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimestampEvent. */
            type $Shape = faultreplay.v1.TimestampEvent.$Properties;
        }

        /**
         * Properties of a BlockRequest.
         * @deprecated Use faultreplay.v1.BlockRequest.$Properties instead.
         */
        interface IBlockRequest extends faultreplay.v1.BlockRequest.$Properties {
        }

        /** Represents a BlockRequest. */
        class BlockRequest {

            /**
             * Constructs a new BlockRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.BlockRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockRequest dev. */
            dev: number;

            /** BlockRequest rwbs. */
            rwbs: string;

            /** BlockRequest bytes. */
            bytes: number;

            /** BlockRequest sector. */
            sector: Long;

            /** BlockRequest nrSector. */
            nrSector: number;

            /** BlockRequest phase. */
            phase: string;

            /** BlockRequest error. */
            error: number;

            /**
             * Creates a new BlockRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockRequest instance
             */
            static create(properties: faultreplay.v1.BlockRequest.$Shape): faultreplay.v1.BlockRequest & faultreplay.v1.BlockRequest.$Shape;
            static create(properties?: faultreplay.v1.BlockRequest.$Properties): faultreplay.v1.BlockRequest;

            /**
             * Encodes the specified BlockRequest message. Does not implicitly {@link faultreplay.v1.BlockRequest.verify|verify} messages.
             * @param message BlockRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.BlockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.BlockRequest & faultreplay.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.BlockRequest & faultreplay.v1.BlockRequest.$Shape;

            /**
             * Gets the type url for BlockRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockRequest {

            /** Properties of a BlockRequest. */
            interface $Properties {

                /** BlockRequest dev */
                dev?: (number|null);

                /** BlockRequest rwbs */
                rwbs?: (string|null);

                /** BlockRequest bytes */
                bytes?: (number|null);

                /** BlockRequest sector */
                sector?: (Long|null);

                /** BlockRequest nrSector */
                nrSector?: (number|null);

                /** BlockRequest phase */
                phase?: (string|null);

                /** BlockRequest error */
                error?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockRequest. */
            type $Shape = faultreplay.v1.BlockRequest.$Properties;
        }

        /**
         * Properties of a BlockReservation.
         * @deprecated Use faultreplay.v1.BlockReservation.$Properties instead.
         */
        interface IBlockReservation extends faultreplay.v1.BlockReservation.$Properties {
        }

        /** Represents a BlockReservation. */
        class BlockReservation {

            /**
             * Constructs a new BlockReservation.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.BlockReservation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockReservation dev. */
            dev: number;

            /** BlockReservation ino. */
            ino: Long;

            /** BlockReservation kind. */
            kind: string;

            /** BlockReservation blocks. */
            blocks: Long;

            /** BlockReservation pos. */
            pos: Long;

            /** BlockReservation count. */
            count: Long;

            /**
             * Creates a new BlockReservation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockReservation instance
             */
            static create(properties: faultreplay.v1.BlockReservation.$Shape): faultreplay.v1.BlockReservation & faultreplay.v1.BlockReservation.$Shape;
            static create(properties?: faultreplay.v1.BlockReservation.$Properties): faultreplay.v1.BlockReservation;

            /**
             * Encodes the specified BlockReservation message. Does not implicitly {@link faultreplay.v1.BlockReservation.verify|verify} messages.
             * @param message BlockReservation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.BlockReservation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockReservation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.BlockReservation & faultreplay.v1.BlockReservation.$Shape} BlockReservation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.BlockReservation & faultreplay.v1.BlockReservation.$Shape;

            /**
             * Gets the type url for BlockReservation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockReservation {

            /** Properties of a BlockReservation. */
            interface $Properties {

                /** BlockReservation dev */
                dev?: (number|null);

                /** BlockReservation ino */
                ino?: (Long|null);

                /** BlockReservation kind */
                kind?: (string|null);

                /** BlockReservation blocks */
                blocks?: (Long|null);

                /** BlockReservation pos */
                pos?: (Long|null);

                /** BlockReservation count */
                count?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockReservation. */
            type $Shape = faultreplay.v1.BlockReservation.$Properties;
        }

        /**
         * Properties of a LostEvents.
         * @deprecated Use faultreplay.v1.LostEvents.$Properties instead.
         */
        interface ILostEvents extends faultreplay.v1.LostEvents.$Properties {
        }

        /** Represents a LostEvents. */
        class LostEvents {

            /**
             * Constructs a new LostEvents.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.LostEvents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LostEvents cpu. */
            cpu: number;

            /** LostEvents count. */
            count: Long;

            /** LostEvents countKnown. */
            countKnown: boolean;

            /** LostEvents kind. */
            kind: string;

            /**
             * Creates a new LostEvents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LostEvents instance
             */
            static create(properties: faultreplay.v1.LostEvents.$Shape): faultreplay.v1.LostEvents & faultreplay.v1.LostEvents.$Shape;
            static create(properties?: faultreplay.v1.LostEvents.$Properties): faultreplay.v1.LostEvents;

            /**
             * Encodes the specified LostEvents message. Does not implicitly {@link faultreplay.v1.LostEvents.verify|verify} messages.
             * @param message LostEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.LostEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LostEvents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.LostEvents & faultreplay.v1.LostEvents.$Shape} LostEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.LostEvents & faultreplay.v1.LostEvents.$Shape;

            /**
             * Gets the type url for LostEvents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LostEvents {

            /** Properties of a LostEvents. */
            interface $Properties {

                /** LostEvents cpu */
                cpu?: (number|null);

                /** LostEvents count */
                count?: (Long|null);

                /** LostEvents countKnown */
                countKnown?: (boolean|null);

                /** LostEvents kind */
                kind?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LostEvents. */
            type $Shape = faultreplay.v1.LostEvents.$Properties;
        }

        /**
         * Properties of a Marker.
         * @deprecated Use faultreplay.v1.Marker.$Properties instead.
         */
        interface IMarker extends faultreplay.v1.Marker.$Properties {
        }

        /** Represents a Marker. */
        class Marker {

            /**
             * Constructs a new Marker.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.Marker.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Marker text. */
            text: string;

            /**
             * Creates a new Marker instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Marker instance
             */
            static create(properties: faultreplay.v1.Marker.$Shape): faultreplay.v1.Marker & faultreplay.v1.Marker.$Shape;
            static create(properties?: faultreplay.v1.Marker.$Properties): faultreplay.v1.Marker;

            /**
             * Encodes the specified Marker message. Does not implicitly {@link faultreplay.v1.Marker.verify|verify} messages.
             * @param message Marker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.Marker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Marker message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.Marker & faultreplay.v1.Marker.$Shape} Marker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.Marker & faultreplay.v1.Marker.$Shape;

            /**
             * Gets the type url for Marker
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Marker {

            /** Properties of a Marker. */
            interface $Properties {

                /** Marker text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Marker. */
            type $Shape = faultreplay.v1.Marker.$Properties;
        }

        /**
         * Properties of a KeyValue.
         * @deprecated Use faultreplay.v1.KeyValue.$Properties instead.
         */
        interface IKeyValue extends faultreplay.v1.KeyValue.$Properties {
        }

        /** Represents a KeyValue. */
        class KeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.KeyValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyValue key. */
            key: string;

            /** KeyValue value. */
            value: string;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            static create(properties: faultreplay.v1.KeyValue.$Shape): faultreplay.v1.KeyValue & faultreplay.v1.KeyValue.$Shape;
            static create(properties?: faultreplay.v1.KeyValue.$Properties): faultreplay.v1.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link faultreplay.v1.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.KeyValue & faultreplay.v1.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.KeyValue & faultreplay.v1.KeyValue.$Shape;

            /**
             * Gets the type url for KeyValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {

            /** Properties of a KeyValue. */
            interface $Properties {

                /** KeyValue key */
                key?: (string|null);

                /** KeyValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyValue. */
            type $Shape = faultreplay.v1.KeyValue.$Properties;
        }

        /**
         * Properties of a GenericEvent.
         * @deprecated Use faultreplay.v1.GenericEvent.$Properties instead.
         */
        interface IGenericEvent extends faultreplay.v1.GenericEvent.$Properties {
        }

        /** Represents a GenericEvent. */
        class GenericEvent {

            /**
             * Constructs a new GenericEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.GenericEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GenericEvent name. */
            name: string;

            /** GenericEvent subsystem. */
            subsystem: string;

            /** GenericEvent fields. */
            fields: faultreplay.v1.KeyValue.$Properties[];

            /** GenericEvent raw. */
            raw: string;

            /**
             * Creates a new GenericEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenericEvent instance
             */
            static create(properties: faultreplay.v1.GenericEvent.$Shape): faultreplay.v1.GenericEvent & faultreplay.v1.GenericEvent.$Shape;
            static create(properties?: faultreplay.v1.GenericEvent.$Properties): faultreplay.v1.GenericEvent;

            /**
             * Encodes the specified GenericEvent message. Does not implicitly {@link faultreplay.v1.GenericEvent.verify|verify} messages.
             * @param message GenericEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.GenericEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenericEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.GenericEvent & faultreplay.v1.GenericEvent.$Shape} GenericEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.GenericEvent & faultreplay.v1.GenericEvent.$Shape;

            /**
             * Gets the type url for GenericEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenericEvent {

            /** Properties of a GenericEvent. */
            interface $Properties {

                /** GenericEvent name */
                name?: (string|null);

                /** GenericEvent subsystem */
                subsystem?: (string|null);

                /** GenericEvent fields */
                fields?: (faultreplay.v1.KeyValue.$Properties[]|null);

                /** GenericEvent raw */
                raw?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GenericEvent. */
            type $Shape = faultreplay.v1.GenericEvent.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use faultreplay.v1.Event.$Properties instead.
         */
        interface IEvent extends faultreplay.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event captureId. */
            captureId: string;

            /** Event seq. */
            seq: Long;

            /** Event ts. */
            ts: Long;

            /** Event cpu. */
            cpu: number;

            /** Event pid. */
            pid: number;

            /** Event tgid. */
            tgid: number;

            /** Event comm. */
            comm: string;

            /** Event line. */
            line: Long;

            /** Event header. */
            header?: (faultreplay.v1.CaptureHeader.$Properties|null);

            /** Event pageFault. */
            pageFault?: (faultreplay.v1.PageFault.$Properties|null);

            /** Event filemapFault. */
            filemapFault?: (faultreplay.v1.FilemapFault.$Properties|null);

            /** Event pageDirtied. */
            pageDirtied?: (faultreplay.v1.PageDirtied.$Properties|null);

            /** Event inodeDirtied. */
            inodeDirtied?: (faultreplay.v1.InodeDirtied.$Properties|null);

            /** Event inodeMarkedDirty. */
            inodeMarkedDirty?: (faultreplay.v1.InodeMarkedDirty.$Properties|null);

            /** Event writepagesStart. */
            writepagesStart?: (faultreplay.v1.WritepagesStart.$Properties|null);

            /** Event writepagesResult. */
            writepagesResult?: (faultreplay.v1.WritepagesResult.$Properties|null);

            /** Event writebackWork. */
            writebackWork?: (faultreplay.v1.WritebackWork.$Properties|null);

            /** Event writebackWait. */
            writebackWait?: (faultreplay.v1.WritebackWait.$Properties|null);

            /** Event journalHandle. */
            journalHandle?: (faultreplay.v1.JournalHandle.$Properties|null);

            /** Event journalCommit. */
            journalCommit?: (faultreplay.v1.JournalCommit.$Properties|null);

            /** Event journalRunStats. */
            journalRunStats?: (faultreplay.v1.JournalRunStats.$Properties|null);

            /** Event fsSync. */
            fsSync?: (faultreplay.v1.FsSync.$Properties|null);

            /** Event xfsFault. */
            xfsFault?: (faultreplay.v1.XfsFault.$Properties|null);

            /** Event iomapWriteback. */
            iomapWriteback?: (faultreplay.v1.IomapWriteback.$Properties|null);

            /** Event daxFault. */
            daxFault?: (faultreplay.v1.DaxFault.$Properties|null);

            /** Event msyncEnter. */
            msyncEnter?: (faultreplay.v1.MsyncEnter.$Properties|null);

            /** Event fsyncEnter. */
            fsyncEnter?: (faultreplay.v1.FsyncEnter.$Properties|null);

            /** Event mmapEnter. */
            mmapEnter?: (faultreplay.v1.MmapEnter.$Properties|null);

            /** Event munmapEnter. */
            munmapEnter?: (faultreplay.v1.MunmapEnter.$Properties|null);

            /** Event mlockEnter. */
            mlockEnter?: (faultreplay.v1.MlockEnter.$Properties|null);

            /** Event fallocateEnter. */
            fallocateEnter?: (faultreplay.v1.FallocateEnter.$Properties|null);

            /** Event syscallExit. */
            syscallExit?: (faultreplay.v1.SyscallExit.$Properties|null);

            /** Event pageCache. */
            pageCache?: (faultreplay.v1.PageCacheChange.$Properties|null);

            /** Event timestamp. */
            timestamp?: (faultreplay.v1.TimestampEvent.$Properties|null);

            /** Event blockRequest. */
            blockRequest?: (faultreplay.v1.BlockRequest.$Properties|null);

            /** Event blockReservation. */
            blockReservation?: (faultreplay.v1.BlockReservation.$Properties|null);

            /** Event lost. */
            lost?: (faultreplay.v1.LostEvents.$Properties|null);

            /** Event marker. */
            marker?: (faultreplay.v1.Marker.$Properties|null);

            /** Event generic. */
            generic?: (faultreplay.v1.GenericEvent.$Properties|null);

            /** Event captureEnd. */
            captureEnd?: (faultreplay.v1.CaptureEnd.$Properties|null);

            /** Event payload. */
            payload?: ("header"|"pageFault"|"filemapFault"|"pageDirtied"|"inodeDirtied"|"inodeMarkedDirty"|"writepagesStart"|"writepagesResult"|"writebackWork"|"writebackWait"|"journalHandle"|"journalCommit"|"journalRunStats"|"fsSync"|"xfsFault"|"iomapWriteback"|"daxFault"|"msyncEnter"|"fsyncEnter"|"mmapEnter"|"munmapEnter"|"mlockEnter"|"fallocateEnter"|"syscallExit"|"pageCache"|"timestamp"|"blockRequest"|"blockReservation"|"lost"|"marker"|"generic"|"captureEnd");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: faultreplay.v1.Event.$Shape): faultreplay.v1.Event & faultreplay.v1.Event.$Shape;
            static create(properties?: faultreplay.v1.Event.$Properties): faultreplay.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link faultreplay.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.Event & faultreplay.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.Event & faultreplay.v1.Event.$Shape;

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event captureId */
                captureId?: (string|null);

                /** Event seq */
                seq?: (Long|null);

                /** Event ts */
                ts?: (Long|null);

                /** Event cpu */
                cpu?: (number|null);

                /** Event pid */
                pid?: (number|null);

                /** Event tgid */
                tgid?: (number|null);

                /** Event comm */
                comm?: (string|null);

                /** Event line */
                line?: (Long|null);

                /** Event header */
                header?: (faultreplay.v1.CaptureHeader.$Properties|null);

                /** Event pageFault */
                pageFault?: (faultreplay.v1.PageFault.$Properties|null);

                /** Event filemapFault */
                filemapFault?: (faultreplay.v1.FilemapFault.$Properties|null);

                /** Event pageDirtied */
                pageDirtied?: (faultreplay.v1.PageDirtied.$Properties|null);

                /** Event inodeDirtied */
                inodeDirtied?: (faultreplay.v1.InodeDirtied.$Properties|null);

                /** Event inodeMarkedDirty */
                inodeMarkedDirty?: (faultreplay.v1.InodeMarkedDirty.$Properties|null);

                /** Event writepagesStart */
                writepagesStart?: (faultreplay.v1.WritepagesStart.$Properties|null);

                /** Event writepagesResult */
                writepagesResult?: (faultreplay.v1.WritepagesResult.$Properties|null);

                /** Event writebackWork */
                writebackWork?: (faultreplay.v1.WritebackWork.$Properties|null);

                /** Event writebackWait */
                writebackWait?: (faultreplay.v1.WritebackWait.$Properties|null);

                /** Event journalHandle */
                journalHandle?: (faultreplay.v1.JournalHandle.$Properties|null);

                /** Event journalCommit */
                journalCommit?: (faultreplay.v1.JournalCommit.$Properties|null);

                /** Event journalRunStats */
                journalRunStats?: (faultreplay.v1.JournalRunStats.$Properties|null);

                /** Event fsSync */
                fsSync?: (faultreplay.v1.FsSync.$Properties|null);

                /** Event xfsFault */
                xfsFault?: (faultreplay.v1.XfsFault.$Properties|null);

                /** Event iomapWriteback */
                iomapWriteback?: (faultreplay.v1.IomapWriteback.$Properties|null);

                /** Event daxFault */
                daxFault?: (faultreplay.v1.DaxFault.$Properties|null);

                /** Event msyncEnter */
                msyncEnter?: (faultreplay.v1.MsyncEnter.$Properties|null);

                /** Event fsyncEnter */
                fsyncEnter?: (faultreplay.v1.FsyncEnter.$Properties|null);

                /** Event mmapEnter */
                mmapEnter?: (faultreplay.v1.MmapEnter.$Properties|null);

                /** Event munmapEnter */
                munmapEnter?: (faultreplay.v1.MunmapEnter.$Properties|null);

                /** Event mlockEnter */
                mlockEnter?: (faultreplay.v1.MlockEnter.$Properties|null);

                /** Event fallocateEnter */
                fallocateEnter?: (faultreplay.v1.FallocateEnter.$Properties|null);

                /** Event syscallExit */
                syscallExit?: (faultreplay.v1.SyscallExit.$Properties|null);

                /** Event pageCache */
                pageCache?: (faultreplay.v1.PageCacheChange.$Properties|null);

                /** Event timestamp */
                timestamp?: (faultreplay.v1.TimestampEvent.$Properties|null);

                /** Event blockRequest */
                blockRequest?: (faultreplay.v1.BlockRequest.$Properties|null);

                /** Event blockReservation */
                blockReservation?: (faultreplay.v1.BlockReservation.$Properties|null);

                /** Event lost */
                lost?: (faultreplay.v1.LostEvents.$Properties|null);

                /** Event marker */
                marker?: (faultreplay.v1.Marker.$Properties|null);

                /** Event generic */
                generic?: (faultreplay.v1.GenericEvent.$Properties|null);

                /** Event captureEnd */
                captureEnd?: (faultreplay.v1.CaptureEnd.$Properties|null);

                /** Event payload */
                payload?: ("header"|"pageFault"|"filemapFault"|"pageDirtied"|"inodeDirtied"|"inodeMarkedDirty"|"writepagesStart"|"writepagesResult"|"writebackWork"|"writebackWait"|"journalHandle"|"journalCommit"|"journalRunStats"|"fsSync"|"xfsFault"|"iomapWriteback"|"daxFault"|"msyncEnter"|"fsyncEnter"|"mmapEnter"|"munmapEnter"|"mlockEnter"|"fallocateEnter"|"syscallExit"|"pageCache"|"timestamp"|"blockRequest"|"blockReservation"|"lost"|"marker"|"generic"|"captureEnd");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              captureId?: string|null;
              seq?: Long|null;
              ts?: Long|null;
              cpu?: number|null;
              pid?: number|null;
              tgid?: number|null;
              comm?: string|null;
              line?: Long|null;
              header?: faultreplay.v1.CaptureHeader.$Shape|null;
              pageFault?: faultreplay.v1.PageFault.$Shape|null;
              filemapFault?: faultreplay.v1.FilemapFault.$Shape|null;
              pageDirtied?: faultreplay.v1.PageDirtied.$Shape|null;
              inodeDirtied?: faultreplay.v1.InodeDirtied.$Shape|null;
              inodeMarkedDirty?: faultreplay.v1.InodeMarkedDirty.$Shape|null;
              writepagesStart?: faultreplay.v1.WritepagesStart.$Shape|null;
              writepagesResult?: faultreplay.v1.WritepagesResult.$Shape|null;
              writebackWork?: faultreplay.v1.WritebackWork.$Shape|null;
              writebackWait?: faultreplay.v1.WritebackWait.$Shape|null;
              journalHandle?: faultreplay.v1.JournalHandle.$Shape|null;
              journalCommit?: faultreplay.v1.JournalCommit.$Shape|null;
              journalRunStats?: faultreplay.v1.JournalRunStats.$Shape|null;
              fsSync?: faultreplay.v1.FsSync.$Shape|null;
              xfsFault?: faultreplay.v1.XfsFault.$Shape|null;
              iomapWriteback?: faultreplay.v1.IomapWriteback.$Shape|null;
              daxFault?: faultreplay.v1.DaxFault.$Shape|null;
              msyncEnter?: faultreplay.v1.MsyncEnter.$Shape|null;
              fsyncEnter?: faultreplay.v1.FsyncEnter.$Shape|null;
              mmapEnter?: faultreplay.v1.MmapEnter.$Shape|null;
              munmapEnter?: faultreplay.v1.MunmapEnter.$Shape|null;
              mlockEnter?: faultreplay.v1.MlockEnter.$Shape|null;
              fallocateEnter?: faultreplay.v1.FallocateEnter.$Shape|null;
              syscallExit?: faultreplay.v1.SyscallExit.$Shape|null;
              pageCache?: faultreplay.v1.PageCacheChange.$Shape|null;
              timestamp?: faultreplay.v1.TimestampEvent.$Shape|null;
              blockRequest?: faultreplay.v1.BlockRequest.$Shape|null;
              blockReservation?: faultreplay.v1.BlockReservation.$Shape|null;
              lost?: faultreplay.v1.LostEvents.$Shape|null;
              marker?: faultreplay.v1.Marker.$Shape|null;
              generic?: faultreplay.v1.GenericEvent.$Shape|null;
              captureEnd?: faultreplay.v1.CaptureEnd.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "header"; header: faultreplay.v1.CaptureHeader.$Shape; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageFault"; header?: null; pageFault: faultreplay.v1.PageFault.$Shape; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "filemapFault"; header?: null; pageFault?: null; filemapFault: faultreplay.v1.FilemapFault.$Shape; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageDirtied"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied: faultreplay.v1.PageDirtied.$Shape; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "inodeDirtied"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied: faultreplay.v1.InodeDirtied.$Shape; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "inodeMarkedDirty"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty: faultreplay.v1.InodeMarkedDirty.$Shape; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writepagesStart"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart: faultreplay.v1.WritepagesStart.$Shape; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writepagesResult"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult: faultreplay.v1.WritepagesResult.$Shape; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writebackWork"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork: faultreplay.v1.WritebackWork.$Shape; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "writebackWait"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait: faultreplay.v1.WritebackWait.$Shape; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalHandle"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle: faultreplay.v1.JournalHandle.$Shape; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalCommit"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit: faultreplay.v1.JournalCommit.$Shape; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "journalRunStats"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats: faultreplay.v1.JournalRunStats.$Shape; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fsSync"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync: faultreplay.v1.FsSync.$Shape; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "xfsFault"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault: faultreplay.v1.XfsFault.$Shape; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "iomapWriteback"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback: faultreplay.v1.IomapWriteback.$Shape; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "daxFault"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault: faultreplay.v1.DaxFault.$Shape; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "msyncEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter: faultreplay.v1.MsyncEnter.$Shape; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fsyncEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter: faultreplay.v1.FsyncEnter.$Shape; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "mmapEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter: faultreplay.v1.MmapEnter.$Shape; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "munmapEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter: faultreplay.v1.MunmapEnter.$Shape; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "mlockEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter: faultreplay.v1.MlockEnter.$Shape; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "fallocateEnter"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter: faultreplay.v1.FallocateEnter.$Shape; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "syscallExit"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit: faultreplay.v1.SyscallExit.$Shape; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "pageCache"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache: faultreplay.v1.PageCacheChange.$Shape; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "timestamp"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp: faultreplay.v1.TimestampEvent.$Shape; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "blockRequest"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest: faultreplay.v1.BlockRequest.$Shape; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "blockReservation"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation: faultreplay.v1.BlockReservation.$Shape; lost?: null; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "lost"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost: faultreplay.v1.LostEvents.$Shape; marker?: null; generic?: null; captureEnd?: null }|{ payload?: "marker"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker: faultreplay.v1.Marker.$Shape; generic?: null; captureEnd?: null }|{ payload?: "generic"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic: faultreplay.v1.GenericEvent.$Shape; captureEnd?: null }|{ payload?: "captureEnd"; header?: null; pageFault?: null; filemapFault?: null; pageDirtied?: null; inodeDirtied?: null; inodeMarkedDirty?: null; writepagesStart?: null; writepagesResult?: null; writebackWork?: null; writebackWait?: null; journalHandle?: null; journalCommit?: null; journalRunStats?: null; fsSync?: null; xfsFault?: null; iomapWriteback?: null; daxFault?: null; msyncEnter?: null; fsyncEnter?: null; mmapEnter?: null; munmapEnter?: null; mlockEnter?: null; fallocateEnter?: null; syscallExit?: null; pageCache?: null; timestamp?: null; blockRequest?: null; blockReservation?: null; lost?: null; marker?: null; generic?: null; captureEnd: faultreplay.v1.CaptureEnd.$Shape })
            );
        }

        /**
         * Properties of an EventBatch.
         * @deprecated Use faultreplay.v1.EventBatch.$Properties instead.
         */
        interface IEventBatch extends faultreplay.v1.EventBatch.$Properties {
        }

        /** Represents an EventBatch. */
        class EventBatch {

            /**
             * Constructs a new EventBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultreplay.v1.EventBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventBatch captureId. */
            captureId: string;

            /** EventBatch firstSeq. */
            firstSeq: Long;

            /** EventBatch schemaVersion. */
            schemaVersion: number;

            /** EventBatch events. */
            events: faultreplay.v1.Event.$Properties[];

            /** EventBatch endOfCapture. */
            endOfCapture: boolean;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventBatch instance
             */
            static create(properties: faultreplay.v1.EventBatch.$Shape): faultreplay.v1.EventBatch & faultreplay.v1.EventBatch.$Shape;
            static create(properties?: faultreplay.v1.EventBatch.$Properties): faultreplay.v1.EventBatch;

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link faultreplay.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultreplay.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultreplay.v1.EventBatch & faultreplay.v1.EventBatch.$Shape} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultreplay.v1.EventBatch & faultreplay.v1.EventBatch.$Shape;

            /**
             * Gets the type url for EventBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventBatch {

            /** Properties of an EventBatch. */
            interface $Properties {

                /** EventBatch captureId */
                captureId?: (string|null);

                /** EventBatch firstSeq */
                firstSeq?: (Long|null);

                /** EventBatch schemaVersion */
                schemaVersion?: (number|null);

                /** EventBatch events */
                events?: (faultreplay.v1.Event.$Properties[]|null);

                /** EventBatch endOfCapture */
                endOfCapture?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventBatch. */
            type $Shape = {
              captureId?: string|null;
              firstSeq?: Long|null;
              schemaVersion?: number|null;
              events?: faultreplay.v1.Event.$Shape[]|null;
              endOfCapture?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
