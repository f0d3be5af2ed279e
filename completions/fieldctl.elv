
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand sim 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
            cand profile 'Manage profiles in the config file'
            cand config 'The config file'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand status 'Show whether the device is free, and who holds it'
            cand timer 'Read the device timer (canReadTimer)'
            cand raw 'Call any REST function; the session is inserted for session functions. Prints the JSON reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;status'= {
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
        &'fieldctl;can;timer'= {
            cand --channel 'channel'
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand --host 'Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]'
            cand --session-timeout 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT]'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand status 'Show whether the device is free, and who holds it'
            cand timer 'Read the device timer (canReadTimer)'
            cand raw 'Call any REST function; the session is inserted for session functions. Prints the JSON reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;can;help;status'= {
        }
        &'fieldctl;can;help;timer'= {
        }
        &'fieldctl;can;help;raw'= {
        }
        &'fieldctl;can;help;help'= {
        }
        &'fieldctl;sim'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;sim;can'= {
            cand --listen 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout'
            cand --cert-out 'Write the certificate (PEM) here, for clients'' --ca-cert'
            cand --log 'Append every request as a JSON line to FILE'
            cand --password 'Password the device requires on canInitializeLibrary (none by default)'
            cand --channels 'Number of CAN channels; frames written on one are received on the others'
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
        &'fieldctl;sim;help'= {
            cand can 'A Kvaser REST API device (default 127.0.0.1:8080)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;sim;help;can'= {
        }
        &'fieldctl;sim;help;help'= {
        }
        &'fieldctl;profile'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;profile;list'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
        &'fieldctl;profile;help'= {
            cand list 'List the profiles'
            cand show 'Show a profile''s settings (secrets redacted); default: the selected profile'
            cand set 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
            cand unset 'Remove GROUP.SETTING from a profile'
            cand remove 'Delete a profile'
            cand use 'Make NAME the default profile'
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
        &'fieldctl;profile;help;help'= {
        }
        &'fieldctl;config'= {
            cand -p 'Profile to use (default: `default_profile` in the config file)'
            cand --profile 'Profile to use (default: `default_profile` in the config file)'
            cand --config 'Config file (default: <config dir>/fieldctl/config.toml)'
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand -o 'Output format (default: table)'
            cand --output 'Output format (default: table)'
            cand --timeout 'Connect and read timeout in seconds'
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
            cand sim 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
            cand profile 'Manage profiles in the config file'
            cand config 'The config file'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fieldctl;help;can'= {
            cand status 'Show whether the device is free, and who holds it'
            cand timer 'Read the device timer (canReadTimer)'
            cand raw 'Call any REST function; the session is inserted for session functions. Prints the JSON reply'
        }
        &'fieldctl;help;can;status'= {
        }
        &'fieldctl;help;can;timer'= {
        }
        &'fieldctl;help;can;raw'= {
        }
        &'fieldctl;help;sim'= {
            cand can 'A Kvaser REST API device (default 127.0.0.1:8080)'
        }
        &'fieldctl;help;sim;can'= {
        }
        &'fieldctl;help;profile'= {
            cand list 'List the profiles'
            cand show 'Show a profile''s settings (secrets redacted); default: the selected profile'
            cand set 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
            cand unset 'Remove GROUP.SETTING from a profile'
            cand remove 'Delete a profile'
            cand use 'Make NAME the default profile'
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
