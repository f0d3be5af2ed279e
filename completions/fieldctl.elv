
use builtin;
use str;

set edit:completion:arg-completer[fieldctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'fieldctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'fieldctl'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand can 'Kvaser CAN interfaces through their JSON REST API'
            cand ovms 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens'
            cand ksc 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method'
            cand sim 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
            cand profile 'Manage profiles in the config file'
            cand config 'The config file'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show whether the device is free, and who holds it for how long'
            cand send 'Send frames (cansend syntax), once or periodically'
            cand dump 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
            cand replay 'Replay a candump log (canplayer)'
            cand timer 'Read the device timer (canReadTimer)'
            cand ioctl 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
            cand script 't-scripts in the device''s slots'
            cand envvar 't-script environment variables'
            cand file 'Files on the device''s flash'
            cand leds 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
            cand identify 'Blink the LEDs so a person can find the device in a rack'
            cand raw 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;status'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;send'= {
            cand --channel 'Channel number on the device'
            cand --bitrate '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]'
            cand --tseg1 'Time segment 1 (with a numeric --bitrate)'
            cand --tseg2 'Time segment 2 (with a numeric --bitrate)'
            cand --sjw 'Synchronisation jump width (with a numeric --bitrate)'
            cand --samples 'Sampling points, 1 or 3 (with a numeric --bitrate)'
            cand --repeat 'Send the frames N times (0: until Ctrl-C)'
            cand --interval 'Milliseconds between repetitions'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;dump'= {
            cand --channel 'Channel number on the device'
            cand --bitrate '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]'
            cand --tseg1 'Time segment 1 (with a numeric --bitrate)'
            cand --tseg2 'Time segment 2 (with a numeric --bitrate)'
            cand --sjw 'Synchronisation jump width (with a numeric --bitrate)'
            cand --samples 'Sampling points, 1 or 3 (with a numeric --bitrate)'
            cand --count 'Stop after N frames'
            cand --duration 'Stop after SECS seconds'
            cand --format 'Output format (default: from -o, which maps table to candump; else candump). Wins over -o'
            cand --timestamps 'Timestamps (default: none for candump, absolute for the other formats)'
            cand --file 'Write to FILE instead of stdout (flushed every batch; `-` is stdout)'
            cand --pass 'Device-side pass filter: ID or ID-ID in hex (8 digits: extended); repeatable'
            cand --stop 'Device-side stop filter: ID or ID-ID in hex; repeatable'
            cand --sample 'Device-side counting pass filter: let THRESHOLD of every MAX frames with ID through; repeatable'
            cand --filter 'Client-side candump filter: id:mask (match when id & mask == rx & mask) or id~mask (inverted), hex; repeatable'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --silent 'Listen only (canDRIVER_SILENT): never ACK, never send'
            cand --no-clobber 'With --file: refuse to overwrite an existing file'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;replay'= {
            cand --channel 'Channel number on the device'
            cand --bitrate '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]'
            cand --tseg1 'Time segment 1 (with a numeric --bitrate)'
            cand --tseg2 'Time segment 2 (with a numeric --bitrate)'
            cand --sjw 'Synchronisation jump width (with a numeric --bitrate)'
            cand --samples 'Sampling points, 1 or 3 (with a numeric --bitrate)'
            cand --gap 'Milliseconds between frames with --ignore-timestamps'
            cand --loop 'Play the log N times (N ≥ 1), or `inf` (until Ctrl-C)'
            cand --speed 'Play faster (2) or slower (0.5) than recorded'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --ignore-timestamps 'Send at a fixed pace (--gap) instead of the log''s timing'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;timer'= {
            cand --channel 'Channel whose timer to read'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;ioctl'= {
            cand --buf 'The function''s parameter'
            cand --channel 'Channel the function applies to'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script'= {
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Loaded/running state of one slot, or of every slot'
            cand load 'Load a compiled script (.txe) from a local file or from the device''s flash'
            cand start 'Start the script in a slot'
            cand stop 'Stop the script in a slot'
            cand unload 'Unload the script from a slot'
            cand event 'Send a key event to a running script'
            cand text 'Print the script''s printf output (subscribe, read, unsubscribe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;script;status'= {
            cand --slot 'One slot (default: every slot)'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;load'= {
            cand --device-file 'A file already on the device, e.g. F:/myscript.txe'
            cand --slot 'The script slot'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --start 'Start it once loaded'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;start'= {
            cand --slot 'The script slot'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;stop'= {
            cand --slot 'The script slot'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --force 'Stop at once (kvSCRIPT_STOP_FORCED) instead of letting on_stop run'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;unload'= {
            cand --slot 'The script slot'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;event'= {
            cand --slot 'The script slot'
            cand --key 'The key, one character'
            cand --event 'The event number'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;text'= {
            cand --slot 'The script slot'
            cand --channel 'Channel whose handle the script calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --follow 'Keep printing until Ctrl-C'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;script;help'= {
            cand status 'Loaded/running state of one slot, or of every slot'
            cand load 'Load a compiled script (.txe) from a local file or from the device''s flash'
            cand start 'Start the script in a slot'
            cand stop 'Stop the script in a slot'
            cand unload 'Unload the script from a slot'
            cand event 'Send a key event to a running script'
            cand text 'Print the script''s printf output (subscribe, read, unsubscribe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;script;help;status'= {
        }
        &'fieldctl;can;script;help;load'= {
        }
        &'fieldctl;can;script;help;start'= {
        }
        &'fieldctl;can;script;help;stop'= {
        }
        &'fieldctl;can;script;help;unload'= {
        }
        &'fieldctl;can;script;help;event'= {
        }
        &'fieldctl;can;script;help;text'= {
        }
        &'fieldctl;can;script;help;help'= {
        }
        &'fieldctl;can;envvar'= {
            cand --channel 'Channel whose handle the envvar calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Read an envvar'
            cand set 'Write an envvar; data envvars shorter than their size are padded with zero bytes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;envvar;get'= {
            cand --channel 'Channel whose handle the envvar calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;envvar;set'= {
            cand --channel 'Channel whose handle the envvar calls use'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --hex 'VALUE is hex bytes (data envvars), e.g. 1234abcd'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;envvar;help'= {
            cand get 'Read an envvar'
            cand set 'Write an envvar; data envvars shorter than their size are padded with zero bytes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;envvar;help;get'= {
        }
        &'fieldctl;can;envvar;help;set'= {
        }
        &'fieldctl;can;envvar;help;help'= {
        }
        &'fieldctl;can;file'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List the files on the device'
            cand get 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)'
            cand put 'Copy a local file to the device'
            cand rm 'Delete a file on the device'
            cand format 'Erase every file on the device (asks on a terminal; needs --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;file;ls'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;file;get'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --no-clobber 'Refuse to overwrite an existing local file'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;file;put'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --no-clobber 'Refuse to replace a file of that name on the device'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;file;rm'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;file;format'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --yes 'Do not ask (needed when stdin or stderr is not a terminal)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;file;help'= {
            cand ls 'List the files on the device'
            cand get 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)'
            cand put 'Copy a local file to the device'
            cand rm 'Delete a file on the device'
            cand format 'Erase every file on the device (asks on a terminal; needs --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;file;help;ls'= {
        }
        &'fieldctl;can;file;help;get'= {
        }
        &'fieldctl;can;file;help;put'= {
        }
        &'fieldctl;can;file;help;rm'= {
        }
        &'fieldctl;can;file;help;format'= {
        }
        &'fieldctl;can;file;help;help'= {
        }
        &'fieldctl;can;leds'= {
            cand --led-timeout 'Keep the LEDs so for MS milliseconds, then back to normal (the global --timeout SECS is the HTTP timeout, as everywhere)'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;identify'= {
            cand --seconds 'How long to blink'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;raw'= {
            cand --channel 'Open channel N for the call and pass its handle as `hnd` (unless hnd= is given)'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the device password from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;can;help'= {
            cand status 'Show whether the device is free, and who holds it for how long'
            cand send 'Send frames (cansend syntax), once or periodically'
            cand dump 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
            cand replay 'Replay a candump log (canplayer)'
            cand timer 'Read the device timer (canReadTimer)'
            cand ioctl 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
            cand script 't-scripts in the device''s slots'
            cand envvar 't-script environment variables'
            cand file 'Files on the device''s flash'
            cand leds 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
            cand identify 'Blink the LEDs so a person can find the device in a rack'
            cand raw 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;help;status'= {
        }
        &'fieldctl;can;help;send'= {
        }
        &'fieldctl;can;help;dump'= {
        }
        &'fieldctl;can;help;replay'= {
        }
        &'fieldctl;can;help;timer'= {
        }
        &'fieldctl;can;help;ioctl'= {
        }
        &'fieldctl;can;help;script'= {
            cand status 'Loaded/running state of one slot, or of every slot'
            cand load 'Load a compiled script (.txe) from a local file or from the device''s flash'
            cand start 'Start the script in a slot'
            cand stop 'Stop the script in a slot'
            cand unload 'Unload the script from a slot'
            cand event 'Send a key event to a running script'
            cand text 'Print the script''s printf output (subscribe, read, unsubscribe)'
        }
        &'fieldctl;can;help;script;status'= {
        }
        &'fieldctl;can;help;script;load'= {
        }
        &'fieldctl;can;help;script;start'= {
        }
        &'fieldctl;can;help;script;stop'= {
        }
        &'fieldctl;can;help;script;unload'= {
        }
        &'fieldctl;can;help;script;event'= {
        }
        &'fieldctl;can;help;script;text'= {
        }
        &'fieldctl;can;help;envvar'= {
            cand get 'Read an envvar'
            cand set 'Write an envvar; data envvars shorter than their size are padded with zero bytes'
        }
        &'fieldctl;can;help;envvar;get'= {
        }
        &'fieldctl;can;help;envvar;set'= {
        }
        &'fieldctl;can;help;file'= {
            cand ls 'List the files on the device'
            cand get 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)'
            cand put 'Copy a local file to the device'
            cand rm 'Delete a file on the device'
            cand format 'Erase every file on the device (asks on a terminal; needs --yes otherwise)'
        }
        &'fieldctl;can;help;file;ls'= {
        }
        &'fieldctl;can;help;file;get'= {
        }
        &'fieldctl;can;help;file;put'= {
        }
        &'fieldctl;can;help;file;rm'= {
        }
        &'fieldctl;can;help;file;format'= {
        }
        &'fieldctl;can;help;leds'= {
        }
        &'fieldctl;can;help;identify'= {
        }
        &'fieldctl;can;help;raw'= {
        }
        &'fieldctl;can;help;help'= {
        }
        &'fieldctl;ovms'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Check the credentials and keep the session for later runs'
            cand logout 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
            cand token 'API tokens of the account'
            cand vehicles 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
            cand connect 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
            cand disconnect 'Disconnect from the vehicle (also done by logout and session expiry)'
            cand status 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
            cand charge 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
            cand location 'Vehicle location, with a map link'
            cand tpms 'Tyre pressures and temperatures'
            cand protocol 'Raw protocol records as the car sent them (no vehicle connection)'
            cand history 'Historical records: a summary per record type, or the records of one TYPE'
            cand watch 'Poll the vehicle and print one line per change; Ctrl-C ends it'
            cand lock 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)'
            cand unlock 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)'
            cand valet 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)'
            cand features 'Vehicle features (GET /api/features; not implemented by today''s servers)'
            cand params 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)'
            cand reset 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)'
            cand homelink 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)'
            cand raw 'Any API call, authenticated; the body is printed as received'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;login'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;logout'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;token'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The account''s API tokens'
            cand create 'Create an API token; it is printed once (--save keeps it in the profile)'
            cand delete 'Delete an API token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;token;list'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;token;create'= {
            cand --application 'The application the token is for (the server''s default: notspecified)'
            cand --purpose 'What the token is for (the server''s default: notspecified)'
            cand --permit 'Rights, comma-separated (the server''s default: auth; `auth,session` may also log in)'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --save 'Store the token as ovms.token in the profile (file mode 0600): later runs use it instead of the password'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;token;delete'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;token;help'= {
            cand list 'The account''s API tokens'
            cand create 'Create an API token; it is printed once (--save keeps it in the profile)'
            cand delete 'Delete an API token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;token;help;list'= {
        }
        &'fieldctl;ovms;token;help;create'= {
        }
        &'fieldctl;ovms;token;help;delete'= {
        }
        &'fieldctl;ovms;token;help;help'= {
        }
        &'fieldctl;ovms;vehicles'= {
            cand --parallel 'With --status: requests in flight at once (1 to 64)'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --status 'One row per vehicle with SOC, range, charging, locked and the data''s age'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;connect'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;disconnect'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;status'= {
            cand --max-age 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)'
            cand --fresh 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --raw 'Print the server''s JSON untouched'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;charge'= {
            cand --max-age 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)'
            cand --fresh 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --raw 'Print the server''s JSON untouched'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start charging (PUT /api/charge; not implemented by today''s servers)'
            cand stop 'Stop charging (DELETE /api/charge; not implemented by today''s servers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;charge;start'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;charge;stop'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;charge;help'= {
            cand start 'Start charging (PUT /api/charge; not implemented by today''s servers)'
            cand stop 'Stop charging (DELETE /api/charge; not implemented by today''s servers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;charge;help;start'= {
        }
        &'fieldctl;ovms;charge;help;stop'= {
        }
        &'fieldctl;ovms;charge;help;help'= {
        }
        &'fieldctl;ovms;location'= {
            cand --max-age 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)'
            cand --fresh 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --raw 'Print the server''s JSON untouched'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;tpms'= {
            cand --max-age 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)'
            cand --fresh 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --raw 'Print the server''s JSON untouched'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;protocol'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;history'= {
            cand --since 'Only records after TIME: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS` (both UTC: a time without a zone is UTC, as the server stores it), RFC 3339 with `Z` or an offset (`2026-01-10T09:00:00+01:00`), or an age back from now (`90s`, `30m`, `2h`, `3d`, `1w`)'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;watch'= {
            cand --interval 'Seconds between polls (above 0, at most 86400)'
            cand --fields 'Fields to watch, comma-separated (default: soc,range_estimated,charging,charge_state,locked,car_on,speed; an unknown name lists them all)'
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --no-connect 'Do not connect to the vehicle (the car then reports only at its idle interval)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;lock'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;unlock'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;valet'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;features'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;params'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;reset'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;homelink'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;raw'= {
            cand --server 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]'
            cand --username 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]'
            cand --vehicle 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'Read the account password from the first line of stdin'
            cand --token-stdin 'Read an API token (used in place of the password) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ovms;help'= {
            cand login 'Check the credentials and keep the session for later runs'
            cand logout 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
            cand token 'API tokens of the account'
            cand vehicles 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
            cand connect 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
            cand disconnect 'Disconnect from the vehicle (also done by logout and session expiry)'
            cand status 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
            cand charge 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
            cand location 'Vehicle location, with a map link'
            cand tpms 'Tyre pressures and temperatures'
            cand protocol 'Raw protocol records as the car sent them (no vehicle connection)'
            cand history 'Historical records: a summary per record type, or the records of one TYPE'
            cand watch 'Poll the vehicle and print one line per change; Ctrl-C ends it'
            cand lock 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)'
            cand unlock 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)'
            cand valet 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)'
            cand features 'Vehicle features (GET /api/features; not implemented by today''s servers)'
            cand params 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)'
            cand reset 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)'
            cand homelink 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)'
            cand raw 'Any API call, authenticated; the body is printed as received'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ovms;help;login'= {
        }
        &'fieldctl;ovms;help;logout'= {
        }
        &'fieldctl;ovms;help;token'= {
            cand list 'The account''s API tokens'
            cand create 'Create an API token; it is printed once (--save keeps it in the profile)'
            cand delete 'Delete an API token'
        }
        &'fieldctl;ovms;help;token;list'= {
        }
        &'fieldctl;ovms;help;token;create'= {
        }
        &'fieldctl;ovms;help;token;delete'= {
        }
        &'fieldctl;ovms;help;vehicles'= {
        }
        &'fieldctl;ovms;help;connect'= {
        }
        &'fieldctl;ovms;help;disconnect'= {
        }
        &'fieldctl;ovms;help;status'= {
        }
        &'fieldctl;ovms;help;charge'= {
            cand start 'Start charging (PUT /api/charge; not implemented by today''s servers)'
            cand stop 'Stop charging (DELETE /api/charge; not implemented by today''s servers)'
        }
        &'fieldctl;ovms;help;charge;start'= {
        }
        &'fieldctl;ovms;help;charge;stop'= {
        }
        &'fieldctl;ovms;help;location'= {
        }
        &'fieldctl;ovms;help;tpms'= {
        }
        &'fieldctl;ovms;help;protocol'= {
        }
        &'fieldctl;ovms;help;history'= {
        }
        &'fieldctl;ovms;help;watch'= {
        }
        &'fieldctl;ovms;help;lock'= {
        }
        &'fieldctl;ovms;help;unlock'= {
        }
        &'fieldctl;ovms;help;valet'= {
        }
        &'fieldctl;ovms;help;features'= {
        }
        &'fieldctl;ovms;help;params'= {
        }
        &'fieldctl;ovms;help;reset'= {
        }
        &'fieldctl;ovms;help;homelink'= {
        }
        &'fieldctl;ovms;help;raw'= {
        }
        &'fieldctl;ovms;help;help'= {
        }
        &'fieldctl;ksc'= {
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
            cand logout 'End the kept session on the server and forget it'
            cand token 'Tokens for cron jobs (`--auth token`)'
            cand call 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ksc;login'= {
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ksc;logout'= {
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ksc;token'= {
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ksc;token;create'= {
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --save 'Also keep it in the selected profile (ksc.token and ksc.auth = token; the file becomes 0600)'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ksc;token;help'= {
            cand create 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ksc;token;help;create'= {
        }
        &'fieldctl;ksc;token;help;help'= {
        }
        &'fieldctl;ksc;call'= {
            cand --data 'All parameters as one JSON object: inline, @FILE, or - for stdin (PARAM arguments add to it and win)'
            cand --server 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]'
            cand --username 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]'
            cand --domain 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]'
            cand --vserver 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]'
            cand --auth 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]'
            cand --totp 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --raw 'Print the answer as the server sent it (typed wrappers kept)'
            cand --retry 'The method only reads: repeat it when the server is busy (503), as fieldctl''s own reads do'
            cand --internal 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
            cand --connection-auth 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --token-stdin 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;ksc;help'= {
            cand login 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
            cand logout 'End the kept session on the server and forget it'
            cand token 'Tokens for cron jobs (`--auth token`)'
            cand call 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;ksc;help;login'= {
        }
        &'fieldctl;ksc;help;logout'= {
        }
        &'fieldctl;ksc;help;token'= {
            cand create 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once'
        }
        &'fieldctl;ksc;help;token;create'= {
        }
        &'fieldctl;ksc;help;call'= {
        }
        &'fieldctl;ksc;help;help'= {
        }
        &'fieldctl;sim'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand can 'A Kvaser REST API device (default 127.0.0.1:8080)'
            cand ovms 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)'
            cand ksc 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;sim;can'= {
            cand --listen 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout'
            cand --cert-out 'Write the certificate (PEM) here, for clients'' --ca-cert'
            cand --log 'Append every request as a JSON line to FILE'
            cand --password 'Password the device requires on canInitializeLibrary (none by default)'
            cand --channels 'Number of CAN channels, all on one bus: frames written on one are received on the others'
            cand --traffic 'Bus traffic from another node: frames per second, or `max` (as many as each canRead asks for)'
            cand --error-every 'With --traffic: make every Nth frame an error frame'
            cand --replay 'Bus traffic replayed (looping, with its timing) from a candump log'
            cand --envvar 'Envvars scripts declare: NAME:int=N, NAME:float=X, NAME:data=TEXT or NAME:data[SIZE]=TEXT (repeatable)'
            cand --slots 'Number of t-script slots'
            cand --device-file 'A file on the device''s flash at start: F:/NAME=LOCAL_PATH (repeatable)'
            cand --flash-size 'Size of the flash file system in bytes'
            cand --script-status-field 'Name of kvScriptStatus''s result: the spec''s text says `scriptStatus`, its example `status`'
            cand --rx-queue 'Receive buffer of each handle, in frames; when it is full, frames are lost and the next one received carries canMSGERR_SW_OVERRUN'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --tls 'Serve HTTPS with a self-signed certificate made at start'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;sim;ovms'= {
            cand --listen 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout'
            cand --cert-out 'Write the certificate (PEM) here, for clients'' --ca-cert'
            cand --log 'Append every request as a JSON line to FILE'
            cand --scenario 'Users, tokens, vehicles and their messages (TOML, or JSON for a .json file); default: a demo fleet'
            cand --session-ttl 'Seconds after login a cookie session expires (default: the scenario''s, else 120)'
            cand --rate-limit 'Rate limit per client IP: a burst, then PER_MIN requests a minute (the public server: 120,60)'
            cand --rate-hold 'Seconds a request over the rate limit is held before its 429'
            cand --latency 'Delay every response by MS milliseconds'
            cand --fleet 'Serve N generated vehicles (FLEET001…) for user `demo` (password `demo`), for benchmarks'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --tls 'Serve HTTPS with a self-signed certificate made at start'
            cand --v2 'Behave as an old v2 server: cookie login only, no tokens, every error answered 404'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;sim;ksc'= {
            cand --listen 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout'
            cand --cert-out 'Write the self-signed certificate (PEM) made at start here, for clients'' --ca-cert'
            cand --log 'Append every request as a JSON line to FILE'
            cand --user 'The account''s name; DOMAIN\NAME for a domain account'
            cand --password 'The account''s password (default: generated and printed on stderr at start)'
            cand --mfa-user 'An account (same password) that also needs a TOTP code, or --user itself'
            cand --totp 'The TOTP code --mfa-user must send (default: generated and printed on stderr at start)'
            cand --vserver 'A virtual server, repeatable; each has its own inventory'
            cand --hosts 'Hosts in the generated inventory of each (virtual) server'
            cand --session-idle 'Seconds a session may stay unused before it expires'
            cand --fail-rate 'Answer this fraction (0..1) of API calls with 503: every ceil(1/P)-th call, login and Session.* excepted'
            cand --max-body 'Refuse request bodies over this many bytes with 413 (and close the connection)'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --plain 'Serve plain HTTP instead of HTTPS (a real server speaks only HTTPS)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;sim;help'= {
            cand can 'A Kvaser REST API device (default 127.0.0.1:8080)'
            cand ovms 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)'
            cand ksc 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;sim;help;can'= {
        }
        &'fieldctl;sim;help;ovms'= {
        }
        &'fieldctl;sim;help;ksc'= {
        }
        &'fieldctl;sim;help;help'= {
        }
        &'fieldctl;profile'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles'
            cand show 'Show a profile''s settings (secrets redacted); default: the selected profile'
            cand set 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
            cand unset 'Remove GROUP.SETTING from a profile'
            cand remove 'Delete a profile'
            cand use 'Make NAME the default profile'
            cand credential 'Say where a credential (e.g. ovms.token) would come from, without showing it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;profile;list'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;show'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;set'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;unset'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;remove'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;use'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;credential'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --password-stdin 'password-stdin'
            cand --token-stdin 'token-stdin'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;profile;help'= {
            cand list 'List the profiles'
            cand show 'Show a profile''s settings (secrets redacted); default: the selected profile'
            cand set 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
            cand unset 'Remove GROUP.SETTING from a profile'
            cand remove 'Delete a profile'
            cand use 'Make NAME the default profile'
            cand credential 'Say where a credential (e.g. ovms.token) would come from, without showing it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;profile;help;list'= {
        }
        &'fieldctl;profile;help;show'= {
        }
        &'fieldctl;profile;help;set'= {
        }
        &'fieldctl;profile;help;unset'= {
        }
        &'fieldctl;profile;help;remove'= {
        }
        &'fieldctl;profile;help;use'= {
        }
        &'fieldctl;profile;help;credential'= {
        }
        &'fieldctl;profile;help;help'= {
        }
        &'fieldctl;config'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the path of the config file in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;config;path'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;config;help'= {
            cand path 'Print the path of the config file in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;config;help;path'= {
        }
        &'fieldctl;config;help;help'= {
        }
        &'fieldctl;completions'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;generate-docs'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table; `log` is for `can dump` only)'
            cand --output 'Output format (default: table; `log` is for `can dump` only)'
            cand --timeout 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence'
            cand --ca-cert 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)'
            cand --color 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)'
            cand --max-response-bytes 'Largest response body accepted, in bytes (protects memory from a broken server)'
            cand --json 'Same as `-o json`'
            cand --insecure 'Do not verify TLS certificates (dangerous; prints a warning)'
            cand -v 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand --verbose 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand --no-progress 'No progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fieldctl;help'= {
            cand can 'Kvaser CAN interfaces through their JSON REST API'
            cand ovms 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens'
            cand ksc 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method'
            cand sim 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
            cand profile 'Manage profiles in the config file'
            cand config 'The config file'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;help;can'= {
            cand status 'Show whether the device is free, and who holds it for how long'
            cand send 'Send frames (cansend syntax), once or periodically'
            cand dump 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
            cand replay 'Replay a candump log (canplayer)'
            cand timer 'Read the device timer (canReadTimer)'
            cand ioctl 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
            cand script 't-scripts in the device''s slots'
            cand envvar 't-script environment variables'
            cand file 'Files on the device''s flash'
            cand leds 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
            cand identify 'Blink the LEDs so a person can find the device in a rack'
            cand raw 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
        }
        &'fieldctl;help;can;status'= {
        }
        &'fieldctl;help;can;send'= {
        }
        &'fieldctl;help;can;dump'= {
        }
        &'fieldctl;help;can;replay'= {
        }
        &'fieldctl;help;can;timer'= {
        }
        &'fieldctl;help;can;ioctl'= {
        }
        &'fieldctl;help;can;script'= {
            cand status 'Loaded/running state of one slot, or of every slot'
            cand load 'Load a compiled script (.txe) from a local file or from the device''s flash'
            cand start 'Start the script in a slot'
            cand stop 'Stop the script in a slot'
            cand unload 'Unload the script from a slot'
            cand event 'Send a key event to a running script'
            cand text 'Print the script''s printf output (subscribe, read, unsubscribe)'
        }
        &'fieldctl;help;can;script;status'= {
        }
        &'fieldctl;help;can;script;load'= {
        }
        &'fieldctl;help;can;script;start'= {
        }
        &'fieldctl;help;can;script;stop'= {
        }
        &'fieldctl;help;can;script;unload'= {
        }
        &'fieldctl;help;can;script;event'= {
        }
        &'fieldctl;help;can;script;text'= {
        }
        &'fieldctl;help;can;envvar'= {
            cand get 'Read an envvar'
            cand set 'Write an envvar; data envvars shorter than their size are padded with zero bytes'
        }
        &'fieldctl;help;can;envvar;get'= {
        }
        &'fieldctl;help;can;envvar;set'= {
        }
        &'fieldctl;help;can;file'= {
            cand ls 'List the files on the device'
            cand get 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)'
            cand put 'Copy a local file to the device'
            cand rm 'Delete a file on the device'
            cand format 'Erase every file on the device (asks on a terminal; needs --yes otherwise)'
        }
        &'fieldctl;help;can;file;ls'= {
        }
        &'fieldctl;help;can;file;get'= {
        }
        &'fieldctl;help;can;file;put'= {
        }
        &'fieldctl;help;can;file;rm'= {
        }
        &'fieldctl;help;can;file;format'= {
        }
        &'fieldctl;help;can;leds'= {
        }
        &'fieldctl;help;can;identify'= {
        }
        &'fieldctl;help;can;raw'= {
        }
        &'fieldctl;help;ovms'= {
            cand login 'Check the credentials and keep the session for later runs'
            cand logout 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
            cand token 'API tokens of the account'
            cand vehicles 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
            cand connect 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
            cand disconnect 'Disconnect from the vehicle (also done by logout and session expiry)'
            cand status 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
            cand charge 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
            cand location 'Vehicle location, with a map link'
            cand tpms 'Tyre pressures and temperatures'
            cand protocol 'Raw protocol records as the car sent them (no vehicle connection)'
            cand history 'Historical records: a summary per record type, or the records of one TYPE'
            cand watch 'Poll the vehicle and print one line per change; Ctrl-C ends it'
            cand lock 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)'
            cand unlock 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)'
            cand valet 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)'
            cand features 'Vehicle features (GET /api/features; not implemented by today''s servers)'
            cand params 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)'
            cand reset 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)'
            cand homelink 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)'
            cand raw 'Any API call, authenticated; the body is printed as received'
        }
        &'fieldctl;help;ovms;login'= {
        }
        &'fieldctl;help;ovms;logout'= {
        }
        &'fieldctl;help;ovms;token'= {
            cand list 'The account''s API tokens'
            cand create 'Create an API token; it is printed once (--save keeps it in the profile)'
            cand delete 'Delete an API token'
        }
        &'fieldctl;help;ovms;token;list'= {
        }
        &'fieldctl;help;ovms;token;create'= {
        }
        &'fieldctl;help;ovms;token;delete'= {
        }
        &'fieldctl;help;ovms;vehicles'= {
        }
        &'fieldctl;help;ovms;connect'= {
        }
        &'fieldctl;help;ovms;disconnect'= {
        }
        &'fieldctl;help;ovms;status'= {
        }
        &'fieldctl;help;ovms;charge'= {
            cand start 'Start charging (PUT /api/charge; not implemented by today''s servers)'
            cand stop 'Stop charging (DELETE /api/charge; not implemented by today''s servers)'
        }
        &'fieldctl;help;ovms;charge;start'= {
        }
        &'fieldctl;help;ovms;charge;stop'= {
        }
        &'fieldctl;help;ovms;location'= {
        }
        &'fieldctl;help;ovms;tpms'= {
        }
        &'fieldctl;help;ovms;protocol'= {
        }
        &'fieldctl;help;ovms;history'= {
        }
        &'fieldctl;help;ovms;watch'= {
        }
        &'fieldctl;help;ovms;lock'= {
        }
        &'fieldctl;help;ovms;unlock'= {
        }
        &'fieldctl;help;ovms;valet'= {
        }
        &'fieldctl;help;ovms;features'= {
        }
        &'fieldctl;help;ovms;params'= {
        }
        &'fieldctl;help;ovms;reset'= {
        }
        &'fieldctl;help;ovms;homelink'= {
        }
        &'fieldctl;help;ovms;raw'= {
        }
        &'fieldctl;help;ksc'= {
            cand login 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
            cand logout 'End the kept session on the server and forget it'
            cand token 'Tokens for cron jobs (`--auth token`)'
            cand call 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
        }
        &'fieldctl;help;ksc;login'= {
        }
        &'fieldctl;help;ksc;logout'= {
        }
        &'fieldctl;help;ksc;token'= {
            cand create 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once'
        }
        &'fieldctl;help;ksc;token;create'= {
        }
        &'fieldctl;help;ksc;call'= {
        }
        &'fieldctl;help;sim'= {
            cand can 'A Kvaser REST API device (default 127.0.0.1:8080)'
            cand ovms 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)'
            cand ksc 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
        }
        &'fieldctl;help;sim;can'= {
        }
        &'fieldctl;help;sim;ovms'= {
        }
        &'fieldctl;help;sim;ksc'= {
        }
        &'fieldctl;help;profile'= {
            cand list 'List the profiles'
            cand show 'Show a profile''s settings (secrets redacted); default: the selected profile'
            cand set 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
            cand unset 'Remove GROUP.SETTING from a profile'
            cand remove 'Delete a profile'
            cand use 'Make NAME the default profile'
            cand credential 'Say where a credential (e.g. ovms.token) would come from, without showing it'
        }
        &'fieldctl;help;profile;list'= {
        }
        &'fieldctl;help;profile;show'= {
        }
        &'fieldctl;help;profile;set'= {
        }
        &'fieldctl;help;profile;unset'= {
        }
        &'fieldctl;help;profile;remove'= {
        }
        &'fieldctl;help;profile;use'= {
        }
        &'fieldctl;help;profile;credential'= {
        }
        &'fieldctl;help;config'= {
            cand path 'Print the path of the config file in use'
        }
        &'fieldctl;help;config;path'= {
        }
        &'fieldctl;help;completions'= {
        }
        &'fieldctl;help;generate-docs'= {
        }
        &'fieldctl;help;help'= {
        }
    ]
    $completions[$command]
}
