# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_fieldctl_global_optspecs
    string join \n p/profile= config= o/output= json timeout= ca-cert= insecure v/verbose q/quiet no-progress color= max-response-bytes= h/help V/version
end

function __fish_fieldctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_fieldctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_fieldctl_using_subcommand
    set -l cmd (__fish_fieldctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c fieldctl -n "__fish_fieldctl_needs_command" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_needs_command" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "can" -d 'Kvaser CAN interfaces through their JSON REST API'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "ovms" -d 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "ksc" -d 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "sim" -d 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "profile" -d 'Manage profiles in the config file'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "config" -d 'The config file'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "generate-docs" -d 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
complete -c fieldctl -n "__fish_fieldctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "status" -d 'Show whether the device is free, and who holds it for how long'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "send" -d 'Send frames (cansend syntax), once or periodically'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "dump" -d 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "replay" -d 'Replay a candump log (canplayer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "decode" -d 'Decode logs with a CAN database (DBC), offline: no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "timer" -d 'Read the device timer (canReadTimer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "ioctl" -d 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "script" -d 't-scripts in the device\'s slots'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "envvar" -d 't-script environment variables'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "file" -d 'Files on the device\'s flash'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "leds" -d 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "identify" -d 'Blink the LEDs so a person can find the device in a rack'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "dbc" -d 'CAN databases (DBC): what a file defines; needs no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "raw" -d 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and not __fish_seen_subcommand_from status send dump replay decode timer ioctl script envvar file leds identify dbc raw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l dbc -d 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l channel -d 'Channel number on the device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l bitrate -d '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l tseg1 -d 'Time segment 1 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l tseg2 -d 'Time segment 2 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l sjw -d 'Synchronisation jump width (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l samples -d 'Sampling points, 1 or 3 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l repeat -d 'Send the frames N times (0: until Ctrl-C)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l interval -d 'Period of the repetitions in milliseconds, on a fixed schedule (round n starts at start + n × MS); a round that ends after its successor\'s start skips that slot, counted and reported at the end (default 0; a DBC message repeats at its GenMsgCycleTime)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l channel -d 'Channel on the device, a list of them (`0,1`) or `all` (every channel the device has): one handle each, frames merged in time order and tagged with their channel (can0, can1)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l bitrate -d '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l tseg1 -d 'Time segment 1 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l tseg2 -d 'Time segment 2 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l sjw -d 'Synchronisation jump width (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l samples -d 'Sampling points, 1 or 3 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l count -d 'Stop after N frames printed (hidden error frames and filtered frames do not count)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l duration -d 'Stop after SECS seconds' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l format -d 'Output format (default: from -o, which maps table to candump; else candump). Wins over -o' -r -f -a "candump\t'candump\'s screen lines: `  can0  123   [4]  DE AD BE EF`'
log\t'candump -L: `(1436509052.249713) can0 123#DEADBEEF`'
ndjson\t'one JSON object a frame (fields in docs/output.md)'
csv\t'python-can\'s CSV: timestamp,arbitration_id,extended,remote,error,dlc,data(base64)'
json\t'one JSON array of the NDJSON objects, streamed'
asc\t'Vector ASC, as python-can writes it'
blf\t'Vector BLF (binary: only with --file)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l timestamps -d 'Timestamps (default: none for candump, absolute for the other formats)' -r -f -a "absolute\t'wall-clock time: device ticks anchored to the host clock at bus on'
delta\t'seconds since the previous frame'
zero\t'seconds since the first frame'
device\t'the device\'s own timer, in seconds since bus on'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l file -d 'Write to FILE instead of stdout (flushed every batch; `-` is stdout)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l pass -d 'Device-side pass filter: ID or ID-ID in hex (8 digits: extended); repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l stop -d 'Device-side stop filter: ID or ID-ID in hex; repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l sample -d 'Device-side counting pass filter: let THRESHOLD of every MAX frames with ID through; repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l buffer -d 'Frames kept while the output is slower than the bus (about 11 s of a saturated 1 Mbit/s bus by default); when it is full, frames are dropped, warned about and counted in the summary' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l filter -d 'Client-side candump filter: id:mask (match when id & mask == rx & mask) or id~mask (inverted), hex; repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l dbc -d 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l message -d 'Only frames of this message (repeatable)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l signals -d 'Only these signals' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l silent -d 'Listen only (canDRIVER_SILENT): never ACK, never send'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l no-clobber -d 'With --file: refuse to overwrite an existing file'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l errors -d 'Show error frames (hidden by default, counted in the summary); they count towards --count when shown'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l multi-line -d 'Table: one signal per indented line'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l no-choices -d 'Numbers instead of choice names (VAL_)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l units -d 'JSON: add "units": {"Signal": "unit"}'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l channel -d 'Channel number on the device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l bitrate -d '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l tseg1 -d 'Time segment 1 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l tseg2 -d 'Time segment 2 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l sjw -d 'Synchronisation jump width (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l samples -d 'Sampling points, 1 or 3 (with a numeric --bitrate)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l map -d 'Send the log\'s channel LOG (its interface name, e.g. can1) on the device\'s channel N, as canplayer\'s can1=can0 does (repeatable); frames of channels not named are skipped. Without it every frame goes on --channel' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l gap -d 'Milliseconds between frames with --ignore-timestamps (a fixed schedule: frame n at start + n × MS)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l loop -d 'Play the log N times (N ≥ 1), or `inf` (until Ctrl-C); a log on stdin plays once' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l speed -d 'Play faster (2) or slower (0.5) than recorded' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l ignore-timestamps -d 'Send at a fixed pace (--gap) instead of the log\'s timing'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l dbc -d 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l message -d 'Only frames of this message (repeatable)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l signals -d 'Only these signals' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l multi-line -d 'Table: one signal per indented line'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l no-choices -d 'Numbers instead of choice names (VAL_)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l units -d 'JSON: add "units": {"Signal": "unit"}'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from decode" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l channel -d 'Channel whose timer to read' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from timer" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l buf -d 'The function\'s parameter' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l channel -d 'Channel the function applies to' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from ioctl" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l channel -d 'Channel whose handle the script calls use' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "status" -d 'Loaded/running state of one slot, or of every slot'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "load" -d 'Load a compiled script (.txe) from a local file or from the device\'s flash'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "start" -d 'Start the script in a slot'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "stop" -d 'Stop the script in a slot'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "unload" -d 'Unload the script from a slot'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "event" -d 'Send a key event to a running script'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "text" -d 'Print the script\'s printf output (subscribe, read, unsubscribe)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from script" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l channel -d 'Channel whose handle the envvar calls use' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -f -a "get" -d 'Read an envvar'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -f -a "set" -d 'Write an envvar; data envvars shorter than their size are padded with zero bytes'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from envvar" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "ls" -d 'List the files on the device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "get" -d 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "put" -d 'Copy a local file (or stdin, `-`) to the device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "rm" -d 'Delete a file on the device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "format" -d 'Erase every file on the device (asks on a terminal; needs --yes otherwise)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from file" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l led-timeout -d 'Keep the LEDs so for MS milliseconds, then back to normal (the global --timeout SECS is the HTTP timeout, as everywhere)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from leds" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l seconds -d 'How long to blink' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from identify" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -f -a "show" -d 'The messages of a DBC file (id, name, length, senders, cycle time), or one message\'s signals'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from dbc" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l channel -d 'Open channel N for the call and pass its handle as `hnd` (unless hnd= is given)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l host -d 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l session-timeout -d 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l wait -d 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l password-stdin -d 'Read the device password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from raw" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether the device is free, and who holds it for how long'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send frames (cansend syntax), once or periodically'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Replay a candump log (canplayer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Decode logs with a CAN database (DBC), offline: no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "timer" -d 'Read the device timer (canReadTimer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "ioctl" -d 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "script" -d 't-scripts in the device\'s slots'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "envvar" -d 't-script environment variables'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "file" -d 'Files on the device\'s flash'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "leds" -d 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "identify" -d 'Blink the LEDs so a person can find the device in a rack'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "dbc" -d 'CAN databases (DBC): what a file defines; needs no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "raw" -d 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand can; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "login" -d 'Check the credentials and keep the session for later runs'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "logout" -d 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "token" -d 'API tokens of the account'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "vehicles" -d 'The account\'s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "connect" -d 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "disconnect" -d 'Disconnect from the vehicle (also done by logout and session expiry)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "status" -d 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "charge" -d 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "location" -d 'Vehicle location, with a map link'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "tpms" -d 'Tyre pressures and temperatures'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "protocol" -d 'Raw protocol records as the car sent them (no vehicle connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "history" -d 'Historical records: a summary per record type, or the records of one TYPE'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "watch" -d 'Poll the vehicle and print one line per change; Ctrl-C ends it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "lock" -d 'Lock the vehicle (PUT /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "unlock" -d 'Unlock the vehicle (DELETE /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "valet" -d 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "features" -d 'Vehicle features (GET /api/features; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "params" -d 'Vehicle parameters (GET /api/parameters; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "reset" -d 'Reset the vehicle\'s module (PUT /api/reset; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "homelink" -d 'Activate home link N (PUT /api/homelink; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "raw" -d 'Any API call, authenticated; the body is printed as received'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and not __fish_seen_subcommand_from login logout token vehicles connect disconnect status charge location tpms protocol history watch lock unlock valet features params reset homelink raw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -f -a "list" -d 'The account\'s API tokens'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create an API token; it is printed once (--save keeps it in the profile)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -f -a "delete" -d 'Delete an API token'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l parallel -d 'With --status: requests in flight at once (1 to 64)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l status -d 'One row per vehicle with SOC, range, charging, locked and the data\'s age'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from vehicles" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l max-age -d 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l fresh -d 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l raw -d 'Print the server\'s JSON untouched'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l max-age -d 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l fresh -d 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l raw -d 'Print the server\'s JSON untouched'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -a "start" -d 'Start charging (PUT /api/charge; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -a "stop" -d 'Stop charging (DELETE /api/charge; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from charge" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l max-age -d 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l fresh -d 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l raw -d 'Print the server\'s JSON untouched'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from location" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l max-age -d 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l fresh -d 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l raw -d 'Print the server\'s JSON untouched'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from tpms" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from protocol" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l since -d 'Only records after TIME: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS` (both UTC: a time without a zone is UTC, as the server stores it), RFC 3339 with `Z` or an offset (`2026-01-10T09:00:00+01:00`), or an age back from now (`90s`, `30m`, `2h`, `3d`, `1w`)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l interval -d 'Seconds between polls (above 0, at most 86400)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l fields -d 'Fields to watch, comma-separated (default: soc,range_estimated,charging,charge_state,locked,car_on,speed; an unknown name lists them all)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l no-connect -d 'Do not connect to the vehicle (the car then reports only at its idle interval)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from valet" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from features" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from params" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from homelink" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l server -d 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l username -d 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l vehicle -d 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l password-stdin -d 'Read the account password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l token-stdin -d 'Read an API token (used in place of the password) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from raw" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "login" -d 'Check the credentials and keep the session for later runs'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "token" -d 'API tokens of the account'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "vehicles" -d 'The account\'s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect from the vehicle (also done by logout and session expiry)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "status" -d 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "charge" -d 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "location" -d 'Vehicle location, with a map link'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "tpms" -d 'Tyre pressures and temperatures'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "protocol" -d 'Raw protocol records as the car sent them (no vehicle connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "history" -d 'Historical records: a summary per record type, or the records of one TYPE'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Poll the vehicle and print one line per change; Ctrl-C ends it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock the vehicle (PUT /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock the vehicle (DELETE /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "valet" -d 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "features" -d 'Vehicle features (GET /api/features; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "params" -d 'Vehicle parameters (GET /api/parameters; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Reset the vehicle\'s module (PUT /api/reset; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "homelink" -d 'Activate home link N (PUT /api/homelink; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "raw" -d 'Any API call, authenticated; the body is printed as received'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ovms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "login" -d 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "logout" -d 'End the kept session on the server and forget it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "token" -d 'Tokens for cron jobs (`--auth token`)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "call" -d 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "download" -d 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "upload" -d 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "hosts" -d 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "host" -d 'One host: `host show NAME|ID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "groups" -d 'Administration groups, flat or `--tree`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "view" -d 'Any SrvView\'s records, streamed: `view VIEW [--fields a,b,…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "events" -d 'The server\'s events, newest first'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "trust" -d 'Show the server certificate\'s SHA-256 fingerprint, subject and validity (fetched without trusting it)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "tasks" -d 'Group tasks: list, run, stop, suspend, resume, status'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "server" -d 'The Administration Server: `server info`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "action" -d 'Asynchronous actions: `action wait GUID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and not __fish_seen_subcommand_from login logout token call download upload hosts host groups view events trust tasks server action help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l data -d 'All parameters as one JSON object: inline, @FILE, or - for stdin (PARAM arguments add to it and win)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l raw -d 'Print the answer as the server sent it (typed wrappers kept)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l retry -d 'The method only reads: repeat it when the server is busy (503), as fieldctl\'s own reads do'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from call" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l no-clobber -d 'Refuse to overwrite an existing local file (a FILE.part is still resumed)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l filter -d 'A search filter (LDAP-like), e.g. \'(KLHST_WKS_DN="web*")\' or \'(KLHST_WKS_STATUS&4<>0)\'' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l fields -d 'The attributes to print instead of the default columns, e.g. KLHST_WKS_DN,KLHST_WKS_FQDN; the column names name, id, group, status, last_visible, ip, os stand for their attributes' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l group -d 'Only the hosts directly in this administration group (a number: `fieldctl ksc groups` lists them)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l order -d 'Sort by an attribute or a column name (name, id, group, status, last_visible, ip, os), descending with `:desc` (default name, i.e. KLHST_WKS_DN)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l chunk -d 'Hosts per request (ChunkAccessor.GetItemsChunk)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from hosts" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -f -a "show" -d 'One host\'s attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from host" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l tree -d 'Indent each group\'s name under its parent (tables only; JSON and CSV stay flat)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from groups" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l filter -d 'A search filter (LDAP-like) over the view\'s fields' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l fields -d 'The view\'s fields to print (default: every field the server returns, columns from the first record)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l order -d 'Sort by a field, descending with `:desc`' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l chunk -d 'Records per request (SrvView.GetRecordRange)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l filter -d 'Only events whose field has exactly this value (repeatable: all must match), e.g. severity=4, host=web-000002; NAME is an event attribute or a column name (id, time, severity, host, event, description)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l fields -d 'The event fields to print instead of the default columns, e.g. rise_time,hostdn,descr (column names stand for their attributes)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l limit -d 'At most this many events (the newest)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l save -d 'Store the fingerprint as ksc.pin_sha256 in the selected profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from trust" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "list" -d 'List the group tasks (all of them, or those of one administration group)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "run" -d 'Start a task now (Tasks.RunTask)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "stop" -d 'Stop a running task (Tasks.CancelTask)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "suspend" -d 'Pause a running task (Tasks.SuspendTask)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "resume" -d 'Continue a paused task (Tasks.ResumeTask)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "status" -d 'How many hosts are in each state of the task (Tasks.GetTaskStatistics)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from tasks" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -f -a "info" -d 'Version, host name and the other static values of the server (HostGroup.GetStaticInfo)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from server" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l server -d 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l username -d 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l domain -d 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l vserver -d 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l auth -d 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l totp -d 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l pin-sha256 -d 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l internal -d 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l connection-auth -d 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l token-stdin -d 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -f -a "wait" -d 'Wait until an asynchronous action ends; exit 3 when it failed'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from action" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "login" -d 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End the kept session on the server and forget it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "token" -d 'Tokens for cron jobs (`--auth token`)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "call" -d 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "hosts" -d 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "host" -d 'One host: `host show NAME|ID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Administration groups, flat or `--tree`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "view" -d 'Any SrvView\'s records, streamed: `view VIEW [--fields a,b,…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "events" -d 'The server\'s events, newest first'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Show the server certificate\'s SHA-256 fingerprint, subject and validity (fetched without trusting it)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "tasks" -d 'Group tasks: list, run, stop, suspend, resume, status'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "server" -d 'The Administration Server: `server info`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "action" -d 'Asynchronous actions: `action wait GUID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand ksc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -f -a "can" -d 'A Kvaser REST API device (default 127.0.0.1:8080)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -f -a "ovms" -d 'An OVMS v3 server\'s HTTP API (default 127.0.0.1:6868)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -f -a "ksc" -d 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and not __fish_seen_subcommand_from can ovms ksc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l listen -d 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l cert-out -d 'Write the certificate (PEM) here, for clients\' --ca-cert' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l log -d 'Append every request as a JSON line to FILE' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l password -d 'Password the device requires on canInitializeLibrary (none by default)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l channels -d 'Number of CAN channels, all on one bus: frames written on one are received on the others' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l traffic -d 'Bus traffic from another node: frames per second, or `max` (as many as each canRead asks for)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l error-every -d 'With --traffic: make every Nth frame an error frame' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l replay -d 'Bus traffic replayed (looping, with its timing) from a candump log' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l envvar -d 'Envvars scripts declare: NAME:int=N, NAME:float=X, NAME:data=TEXT or NAME:data[SIZE]=TEXT (repeatable)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l slots -d 'Number of t-script slots' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l device-file -d 'A file on the device\'s flash at start: F:/NAME=LOCAL_PATH (repeatable)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l flash-size -d 'Size of the flash file system in bytes' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l script-status-field -d 'Name of kvScriptStatus\'s result: the spec\'s text says `scriptStatus`, its example `status`' -r -f -a "scriptStatus\t''
status\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l rx-queue -d 'Receive buffer of each handle, in frames; when it is full, frames are lost and the next one received carries canMSGERR_SW_OVERRUN' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l tls -d 'Serve HTTPS with a self-signed certificate made at start'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l demo -d 'The demo device of `--host sim`: a car\'s traffic at its cycle times (tests/data/dbc/engine.dbc\'s messages and two more, about 310 frames/s), an int envvar `speed`, a device file F:/log.kmf'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from can" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l listen -d 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l cert-out -d 'Write the certificate (PEM) here, for clients\' --ca-cert' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l log -d 'Append every request as a JSON line to FILE' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l scenario -d 'Users, tokens, vehicles and their messages (TOML, or JSON for a .json file); default: a demo fleet' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l session-ttl -d 'Seconds after login a cookie session expires (default: the scenario\'s, else 120)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l rate-limit -d 'Rate limit per client IP: a burst, then PER_MIN requests a minute (the public server: 120,60)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l rate-hold -d 'Seconds a request over the rate limit is held before its 429' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l latency -d 'Delay every response by MS milliseconds' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l fleet -d 'Serve N generated vehicles (FLEET001…) for user `demo` (password `demo`), for benchmarks' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l tls -d 'Serve HTTPS with a self-signed certificate made at start'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l v2 -d 'Behave as an old v2 server: cookie login only, no tokens, every error answered 404'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ovms" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l listen -d 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l cert-out -d 'Write the self-signed certificate (PEM) made at start here, for clients\' --ca-cert' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l log -d 'Append every request as a JSON line to FILE' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l user -d 'The account\'s name: a Windows account (internal="0"); DOMAIN\\NAME for a domain account' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l internal-user -d 'An internal KSC user (same password): it must log in with internal="1", no domain' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l password -d 'The account\'s password (default: generated and printed on stderr at start)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l mfa-user -d 'An account (same password) that also needs a TOTP code, or --user itself' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l totp -d 'The TOTP code --mfa-user must send (default: generated and printed on stderr at start)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l vserver -d 'A virtual server, repeatable; each has its own inventory' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l hosts -d 'Hosts in the generated inventory of each (virtual) server' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l session-idle -d 'Seconds a session may stay unused before it expires' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l fail-rate -d 'Answer this fraction (0..1) of API calls with 503: every ceil(1/P)-th call, login and Session.* excepted' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l deny -d 'This method answers 403 (text/html, X-KSC-ErrorId/-ErrorModule/-ErrorMsg) once authenticated; repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l break -d 'This method answers 500 with a text/html description once authenticated; repeatable' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l action-checks -d 'An async action finishes on its N-th CheckActionState, lNextCheckDelay 200 until then (default: 1 s after start)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l max-body -d 'Refuse request bodies over this many bytes with 413 (and close the connection)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l files -d 'Serve this directory read-only under /FTSF/' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l file-chunk -d 'The most bytes one download answer carries (a client asks again for the rest)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l content-range-style -d 'How a 206 writes Content-Range: `rfc` (bytes a-b/total) or `spec` (bytes=a-b/total, the spec\'s example)' -r -f -a "rfc\t''
spec\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l file-fail-rate -d 'That fraction of file requests (downloads and uploads) answer 503' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l retry-after -d 'Send `Retry-After: SECS` with each 503, of files and API calls (the spec promises none; a server may)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l drop-after -d 'The first download answer with a body closes the connection after this many body bytes' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l max-chunk -d 'The largest upload chunk accepted: more → 413 and the connection closes (a server configured lower)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l continue-delay -d 'Wait this long before answering 100 Continue (body bytes sent meanwhile are logged as early)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l plain -d 'Serve plain HTTP instead of HTTPS (a real server speaks only HTTPS)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l fail-logins -d '--fail-rate also counts (and fails) login and Session.* (a busy StartSession or EndSession)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from ksc" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from help" -f -a "can" -d 'A Kvaser REST API device (default 127.0.0.1:8080)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from help" -f -a "ovms" -d 'An OVMS v3 server\'s HTTP API (default 127.0.0.1:6868)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from help" -f -a "ksc" -d 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand sim; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "list" -d 'List the profiles'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "show" -d 'Show a profile\'s settings (secrets redacted); default: the selected profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "set" -d 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "unset" -d 'Remove GROUP.SETTING from a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "remove" -d 'Delete a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "use" -d 'Make NAME the default profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "credential" -d 'Say where a credential (e.g. ovms.token) would come from, without showing it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and not __fish_seen_subcommand_from list show set unset remove use credential help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l password-stdin
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l token-stdin
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from credential" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings (secrets redacted); default: the selected profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove GROUP.SETTING from a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the default profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "credential" -d 'Say where a credential (e.g. ovms.token) would come from, without showing it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -f -a "path" -d 'Print the path of the config file in use'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and not __fish_seen_subcommand_from path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s p -l profile -d 'Profile to use (default: `default_profile` in the config file)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l config -d 'Config file (default: <config dir>/fieldctl/config.toml)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s o -l output -d 'Output format (default: table; `log` is for `can dump` only)' -r -f -a "table\t'aligned columns (`can dump`: candump\'s screen lines)'
json\t'one JSON document'
ndjson\t'one JSON object a line, streamed'
csv\t'RFC 4180 with a header row'
log\t'candump -L lines (`can dump` only)'"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l timeout -d 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l ca-cert -d 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)' -r -F
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l color -d 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l max-response-bytes -d 'Largest response body accepted, in bytes (protects memory from a broken server)' -r
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l json -d 'Same as `-o json`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l insecure -d 'Do not verify TLS certificates (dangerous; prints a warning)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s v -l verbose -d 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -l no-progress -d 'No progress bars'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "can" -d 'Kvaser CAN interfaces through their JSON REST API'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "ovms" -d 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "ksc" -d 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "sim" -d 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "profile" -d 'Manage profiles in the config file'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "config" -d 'The config file'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "completions" -d 'Print a shell completion script'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "generate-docs" -d 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and not __fish_seen_subcommand_from can ovms ksc sim profile config completions generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "status" -d 'Show whether the device is free, and who holds it for how long'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "send" -d 'Send frames (cansend syntax), once or periodically'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "dump" -d 'Receive frames (candump); Ctrl-C, --count or --duration stop it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "replay" -d 'Replay a candump log (canplayer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "decode" -d 'Decode logs with a CAN database (DBC), offline: no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "timer" -d 'Read the device timer (canReadTimer)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "ioctl" -d 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "script" -d 't-scripts in the device\'s slots'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "envvar" -d 't-script environment variables'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "file" -d 'Files on the device\'s flash'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "leds" -d 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "identify" -d 'Blink the LEDs so a person can find the device in a rack'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "dbc" -d 'CAN databases (DBC): what a file defines; needs no device'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from can" -f -a "raw" -d 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "login" -d 'Check the credentials and keep the session for later runs'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "logout" -d 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "token" -d 'API tokens of the account'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "vehicles" -d 'The account\'s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "connect" -d 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "disconnect" -d 'Disconnect from the vehicle (also done by logout and session expiry)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "status" -d 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "charge" -d 'Charge status, or `charge start|stop` (endpoints no server implements yet)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "location" -d 'Vehicle location, with a map link'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "tpms" -d 'Tyre pressures and temperatures'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "protocol" -d 'Raw protocol records as the car sent them (no vehicle connection)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "history" -d 'Historical records: a summary per record type, or the records of one TYPE'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "watch" -d 'Poll the vehicle and print one line per change; Ctrl-C ends it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "lock" -d 'Lock the vehicle (PUT /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "unlock" -d 'Unlock the vehicle (DELETE /api/lock; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "valet" -d 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "features" -d 'Vehicle features (GET /api/features; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "params" -d 'Vehicle parameters (GET /api/parameters; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "reset" -d 'Reset the vehicle\'s module (PUT /api/reset; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "homelink" -d 'Activate home link N (PUT /api/homelink; not implemented by today\'s servers)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ovms" -f -a "raw" -d 'Any API call, authenticated; the body is printed as received'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "login" -d 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "logout" -d 'End the kept session on the server and forget it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "token" -d 'Tokens for cron jobs (`--auth token`)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "call" -d 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "download" -d 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "upload" -d 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "hosts" -d 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "host" -d 'One host: `host show NAME|ID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "groups" -d 'Administration groups, flat or `--tree`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "view" -d 'Any SrvView\'s records, streamed: `view VIEW [--fields a,b,…]`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "events" -d 'The server\'s events, newest first'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "trust" -d 'Show the server certificate\'s SHA-256 fingerprint, subject and validity (fetched without trusting it)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "tasks" -d 'Group tasks: list, run, stop, suspend, resume, status'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "server" -d 'The Administration Server: `server info`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from ksc" -f -a "action" -d 'Asynchronous actions: `action wait GUID`'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from sim" -f -a "can" -d 'A Kvaser REST API device (default 127.0.0.1:8080)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from sim" -f -a "ovms" -d 'An OVMS v3 server\'s HTTP API (default 127.0.0.1:6868)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from sim" -f -a "ksc" -d 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s settings (secrets redacted); default: the selected profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "unset" -d 'Remove GROUP.SETTING from a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make NAME the default profile'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "credential" -d 'Say where a credential (e.g. ovms.token) would come from, without showing it'
complete -c fieldctl -n "__fish_fieldctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
