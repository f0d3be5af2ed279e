
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'fieldctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'fieldctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'fieldctl' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Kvaser CAN interfaces through their JSON REST API')
            [CompletionResult]::new('ovms', 'ovms', [CompletionResultType]::ParameterValue, 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens')
            [CompletionResult]::new('ksc', 'ksc', [CompletionResultType]::ParameterValue, 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the device is free, and who holds it for how long')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send frames (cansend syntax), once or periodically')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Receive frames (candump); Ctrl-C, --count or --duration stop it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a candump log (canplayer)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode logs with a CAN database (DBC), offline: no device')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'Read the device timer (canReadTimer)')
            [CompletionResult]::new('ioctl', 'ioctl', [CompletionResultType]::ParameterValue, 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number')
            [CompletionResult]::new('script', 'script', [CompletionResultType]::ParameterValue, 't-scripts in the device''s slots')
            [CompletionResult]::new('envvar', 'envvar', [CompletionResultType]::ParameterValue, 't-script environment variables')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files on the device''s flash')
            [CompletionResult]::new('leds', 'leds', [CompletionResultType]::ParameterValue, 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Blink the LEDs so a person can find the device in a rack')
            [CompletionResult]::new('dbc', 'dbc', [CompletionResultType]::ParameterValue, 'CAN databases (DBC): what a file defines; needs no device')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;status' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;send' {
            [CompletionResult]::new('--dbc', '--dbc', [CompletionResultType]::ParameterName, 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel number on the device')
            [CompletionResult]::new('--bitrate', '--bitrate', [CompletionResultType]::ParameterName, '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]')
            [CompletionResult]::new('--tseg1', '--tseg1', [CompletionResultType]::ParameterName, 'Time segment 1 (with a numeric --bitrate)')
            [CompletionResult]::new('--tseg2', '--tseg2', [CompletionResultType]::ParameterName, 'Time segment 2 (with a numeric --bitrate)')
            [CompletionResult]::new('--sjw', '--sjw', [CompletionResultType]::ParameterName, 'Synchronisation jump width (with a numeric --bitrate)')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Sampling points, 1 or 3 (with a numeric --bitrate)')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Send the frames N times (0: until Ctrl-C)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Period of the repetitions in milliseconds, on a fixed schedule (round n starts at start + n × MS); a round that ends after its successor''s start skips that slot, counted and reported at the end (default 0; a DBC message repeats at its GenMsgCycleTime)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;dump' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel on the device, a list of them (`0,1`) or `all` (every channel the device has): one handle each, frames merged in time order and tagged with their channel (can0, can1)')
            [CompletionResult]::new('--bitrate', '--bitrate', [CompletionResultType]::ParameterName, '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]')
            [CompletionResult]::new('--tseg1', '--tseg1', [CompletionResultType]::ParameterName, 'Time segment 1 (with a numeric --bitrate)')
            [CompletionResult]::new('--tseg2', '--tseg2', [CompletionResultType]::ParameterName, 'Time segment 2 (with a numeric --bitrate)')
            [CompletionResult]::new('--sjw', '--sjw', [CompletionResultType]::ParameterName, 'Synchronisation jump width (with a numeric --bitrate)')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Sampling points, 1 or 3 (with a numeric --bitrate)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N frames printed (hidden error frames and filtered frames do not count)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after SECS seconds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from -o, which maps table to candump; else candump). Wins over -o')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Timestamps (default: none for candump, absolute for the other formats)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout (flushed every batch; `-` is stdout)')
            [CompletionResult]::new('--pass', '--pass', [CompletionResultType]::ParameterName, 'Device-side pass filter: ID or ID-ID in hex (8 digits: extended); repeatable')
            [CompletionResult]::new('--stop', '--stop', [CompletionResultType]::ParameterName, 'Device-side stop filter: ID or ID-ID in hex; repeatable')
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Device-side counting pass filter: let THRESHOLD of every MAX frames with ID through; repeatable')
            [CompletionResult]::new('--buffer', '--buffer', [CompletionResultType]::ParameterName, 'Frames kept while the output is slower than the bus (about 11 s of a saturated 1 Mbit/s bus by default); when it is full, frames are dropped, warned about and counted in the summary')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Client-side candump filter: id:mask (match when id & mask == rx & mask) or id~mask (inverted), hex; repeatable')
            [CompletionResult]::new('--dbc', '--dbc', [CompletionResultType]::ParameterName, 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Only frames of this message (repeatable)')
            [CompletionResult]::new('--signals', '--signals', [CompletionResultType]::ParameterName, 'Only these signals')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Listen only (canDRIVER_SILENT): never ACK, never send')
            [CompletionResult]::new('--no-clobber', '--no-clobber', [CompletionResultType]::ParameterName, 'With --file: refuse to overwrite an existing file')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Show error frames (hidden by default, counted in the summary); they count towards --count when shown')
            [CompletionResult]::new('--multi-line', '--multi-line', [CompletionResultType]::ParameterName, 'Table: one signal per indented line')
            [CompletionResult]::new('--no-choices', '--no-choices', [CompletionResultType]::ParameterName, 'Numbers instead of choice names (VAL_)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'JSON: add "units": {"Signal": "unit"}')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;replay' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel number on the device')
            [CompletionResult]::new('--bitrate', '--bitrate', [CompletionResultType]::ParameterName, '1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; `keep`: open the channel without init access and use the bus as it is configured (never sets a bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] [env: FIELDCTL_CAN_BITRATE; profile: can.bitrate]')
            [CompletionResult]::new('--tseg1', '--tseg1', [CompletionResultType]::ParameterName, 'Time segment 1 (with a numeric --bitrate)')
            [CompletionResult]::new('--tseg2', '--tseg2', [CompletionResultType]::ParameterName, 'Time segment 2 (with a numeric --bitrate)')
            [CompletionResult]::new('--sjw', '--sjw', [CompletionResultType]::ParameterName, 'Synchronisation jump width (with a numeric --bitrate)')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Sampling points, 1 or 3 (with a numeric --bitrate)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Send the log''s channel LOG (its interface name, e.g. can1) on the device''s channel N, as canplayer''s can1=can0 does (repeatable); frames of channels not named are skipped. Without it every frame goes on --channel')
            [CompletionResult]::new('--gap', '--gap', [CompletionResultType]::ParameterName, 'Milliseconds between frames with --ignore-timestamps (a fixed schedule: frame n at start + n × MS)')
            [CompletionResult]::new('--loop', '--loop', [CompletionResultType]::ParameterName, 'Play the log N times (N ≥ 1), or `inf` (until Ctrl-C); a log on stdin plays once')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'Play faster (2) or slower (0.5) than recorded')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--ignore-timestamps', '--ignore-timestamps', [CompletionResultType]::ParameterName, 'Send at a fixed pace (--gap) instead of the log''s timing')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;decode' {
            [CompletionResult]::new('--dbc', '--dbc', [CompletionResultType]::ParameterName, 'CAN database (DBC); repeatable: databases merge, the later file wins a clashing id [env: FIELDCTL_CAN_DBC; profile: can.dbc]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Only frames of this message (repeatable)')
            [CompletionResult]::new('--signals', '--signals', [CompletionResultType]::ParameterName, 'Only these signals')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--multi-line', '--multi-line', [CompletionResultType]::ParameterName, 'Table: one signal per indented line')
            [CompletionResult]::new('--no-choices', '--no-choices', [CompletionResultType]::ParameterName, 'Numbers instead of choice names (VAL_)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'JSON: add "units": {"Signal": "unit"}')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;timer' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose timer to read')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;ioctl' {
            [CompletionResult]::new('--buf', '--buf', [CompletionResultType]::ParameterName, 'The function''s parameter')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel the function applies to')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Loaded/running state of one slot, or of every slot')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a compiled script (.txe) from a local file or from the device''s flash')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the script in a slot')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the script in a slot')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload the script from a slot')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Send a key event to a running script')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Print the script''s printf output (subscribe, read, unsubscribe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;script;status' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'One slot (default: every slot)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;load' {
            [CompletionResult]::new('--device-file', '--device-file', [CompletionResultType]::ParameterName, 'A file already on the device, e.g. F:/myscript.txe')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start it once loaded')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;start' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;stop' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Stop at once (kvSCRIPT_STOP_FORCED) instead of letting on_stop run')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;unload' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;event' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The key, one character')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event number')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;text' {
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'The script slot')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the script calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing until Ctrl-C')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;script;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Loaded/running state of one slot, or of every slot')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a compiled script (.txe) from a local file or from the device''s flash')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the script in a slot')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the script in a slot')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload the script from a slot')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Send a key event to a running script')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Print the script''s printf output (subscribe, read, unsubscribe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;script;help;status' {
            break
        }
        'fieldctl;can;script;help;load' {
            break
        }
        'fieldctl;can;script;help;start' {
            break
        }
        'fieldctl;can;script;help;stop' {
            break
        }
        'fieldctl;can;script;help;unload' {
            break
        }
        'fieldctl;can;script;help;event' {
            break
        }
        'fieldctl;can;script;help;text' {
            break
        }
        'fieldctl;can;script;help;help' {
            break
        }
        'fieldctl;can;envvar' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the envvar calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read an envvar')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write an envvar; data envvars shorter than their size are padded with zero bytes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;envvar;get' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the envvar calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;envvar;set' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel whose handle the envvar calls use')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'VALUE is hex bytes (data envvars), e.g. 1234abcd')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;envvar;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read an envvar')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write an envvar; data envvars shorter than their size are padded with zero bytes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;envvar;help;get' {
            break
        }
        'fieldctl;can;envvar;help;set' {
            break
        }
        'fieldctl;can;envvar;help;help' {
            break
        }
        'fieldctl;can;file' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the files on the device')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Copy a local file (or stdin, `-`) to the device')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a file on the device')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Erase every file on the device (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;file;ls' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;file;get' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--no-clobber', '--no-clobber', [CompletionResultType]::ParameterName, 'Refuse to overwrite an existing local file')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;file;put' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--no-clobber', '--no-clobber', [CompletionResultType]::ParameterName, 'Refuse to replace a file of that name on the device')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;file;rm' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;file;format' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (needed when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;file;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the files on the device')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Copy a local file (or stdin, `-`) to the device')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a file on the device')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Erase every file on the device (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;file;help;ls' {
            break
        }
        'fieldctl;can;file;help;get' {
            break
        }
        'fieldctl;can;file;help;put' {
            break
        }
        'fieldctl;can;file;help;rm' {
            break
        }
        'fieldctl;can;file;help;format' {
            break
        }
        'fieldctl;can;file;help;help' {
            break
        }
        'fieldctl;can;leds' {
            [CompletionResult]::new('--led-timeout', '--led-timeout', [CompletionResultType]::ParameterName, 'Keep the LEDs so for MS milliseconds, then back to normal (the global --timeout SECS is the HTTP timeout, as everywhere)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;identify' {
            [CompletionResult]::new('--seconds', '--seconds', [CompletionResultType]::ParameterName, 'How long to blink')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;dbc' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The messages of a DBC file (id, name, length, senders, cycle time), or one message''s signals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;dbc;show' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;dbc;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The messages of a DBC file (id, name, length, senders, cycle time), or one message''s signals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;dbc;help;show' {
            break
        }
        'fieldctl;can;dbc;help;help' {
            break
        }
        'fieldctl;can;raw' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Open channel N for the call and pass its handle as `hnd` (unless hnd= is given)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Device address HOST[:PORT] (port 8080 by default), or `sim` [env: FIELDCTL_CAN_HOST; profile: can.host]')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT; profile: can.session_timeout]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8: for cron jobs that share a device')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the device password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;can;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the device is free, and who holds it for how long')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send frames (cansend syntax), once or periodically')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Receive frames (candump); Ctrl-C, --count or --duration stop it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a candump log (canplayer)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode logs with a CAN database (DBC), offline: no device')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'Read the device timer (canReadTimer)')
            [CompletionResult]::new('ioctl', 'ioctl', [CompletionResultType]::ParameterValue, 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number')
            [CompletionResult]::new('script', 'script', [CompletionResultType]::ParameterValue, 't-scripts in the device''s slots')
            [CompletionResult]::new('envvar', 'envvar', [CompletionResultType]::ParameterValue, 't-script environment variables')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files on the device''s flash')
            [CompletionResult]::new('leds', 'leds', [CompletionResultType]::ParameterValue, 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Blink the LEDs so a person can find the device in a rack')
            [CompletionResult]::new('dbc', 'dbc', [CompletionResultType]::ParameterValue, 'CAN databases (DBC): what a file defines; needs no device')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;can;help;status' {
            break
        }
        'fieldctl;can;help;send' {
            break
        }
        'fieldctl;can;help;dump' {
            break
        }
        'fieldctl;can;help;replay' {
            break
        }
        'fieldctl;can;help;decode' {
            break
        }
        'fieldctl;can;help;timer' {
            break
        }
        'fieldctl;can;help;ioctl' {
            break
        }
        'fieldctl;can;help;script' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Loaded/running state of one slot, or of every slot')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a compiled script (.txe) from a local file or from the device''s flash')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the script in a slot')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the script in a slot')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload the script from a slot')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Send a key event to a running script')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Print the script''s printf output (subscribe, read, unsubscribe)')
            break
        }
        'fieldctl;can;help;script;status' {
            break
        }
        'fieldctl;can;help;script;load' {
            break
        }
        'fieldctl;can;help;script;start' {
            break
        }
        'fieldctl;can;help;script;stop' {
            break
        }
        'fieldctl;can;help;script;unload' {
            break
        }
        'fieldctl;can;help;script;event' {
            break
        }
        'fieldctl;can;help;script;text' {
            break
        }
        'fieldctl;can;help;envvar' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read an envvar')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write an envvar; data envvars shorter than their size are padded with zero bytes')
            break
        }
        'fieldctl;can;help;envvar;get' {
            break
        }
        'fieldctl;can;help;envvar;set' {
            break
        }
        'fieldctl;can;help;file' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the files on the device')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Copy a local file (or stdin, `-`) to the device')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a file on the device')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Erase every file on the device (asks on a terminal; needs --yes otherwise)')
            break
        }
        'fieldctl;can;help;file;ls' {
            break
        }
        'fieldctl;can;help;file;get' {
            break
        }
        'fieldctl;can;help;file;put' {
            break
        }
        'fieldctl;can;help;file;rm' {
            break
        }
        'fieldctl;can;help;file;format' {
            break
        }
        'fieldctl;can;help;leds' {
            break
        }
        'fieldctl;can;help;identify' {
            break
        }
        'fieldctl;can;help;dbc' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The messages of a DBC file (id, name, length, senders, cycle time), or one message''s signals')
            break
        }
        'fieldctl;can;help;dbc;show' {
            break
        }
        'fieldctl;can;help;raw' {
            break
        }
        'fieldctl;can;help;help' {
            break
        }
        'fieldctl;ovms' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check the credentials and keep the session for later runs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens of the account')
            [CompletionResult]::new('vehicles', 'vehicles', [CompletionResultType]::ParameterValue, 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Disconnect from the vehicle (also done by logout and session expiry)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Charge status, or `charge start|stop` (endpoints no server implements yet)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Vehicle location, with a map link')
            [CompletionResult]::new('tpms', 'tpms', [CompletionResultType]::ParameterValue, 'Tyre pressures and temperatures')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Raw protocol records as the car sent them (no vehicle connection)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Historical records: a summary per record type, or the records of one TYPE')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Poll the vehicle and print one line per change; Ctrl-C ends it')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('valet', 'valet', [CompletionResultType]::ParameterValue, 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Vehicle features (GET /api/features; not implemented by today''s servers)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)')
            [CompletionResult]::new('homelink', 'homelink', [CompletionResultType]::ParameterValue, 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Any API call, authenticated; the body is printed as received')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;login' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;logout' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;token' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The account''s API tokens')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token; it is printed once (--save keeps it in the profile)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;token;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;token;create' {
            [CompletionResult]::new('--application', '--application', [CompletionResultType]::ParameterName, 'The application the token is for (the server''s default: notspecified)')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the token is for (the server''s default: notspecified)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Rights, comma-separated (the server''s default: auth; `auth,session` may also log in)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Store the token as ovms.token in the profile (file mode 0600): later runs use it instead of the password')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;token;delete' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;token;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The account''s API tokens')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token; it is printed once (--save keeps it in the profile)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;token;help;list' {
            break
        }
        'fieldctl;ovms;token;help;create' {
            break
        }
        'fieldctl;ovms;token;help;delete' {
            break
        }
        'fieldctl;ovms;token;help;help' {
            break
        }
        'fieldctl;ovms;vehicles' {
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'With --status: requests in flight at once (1 to 64)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'One row per vehicle with SOC, range, charging, locked and the data''s age')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;connect' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;disconnect' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;status' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the server''s JSON untouched')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;charge' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the server''s JSON untouched')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start charging (PUT /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop charging (DELETE /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;charge;start' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;charge;stop' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;charge;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start charging (PUT /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop charging (DELETE /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;charge;help;start' {
            break
        }
        'fieldctl;ovms;charge;help;stop' {
            break
        }
        'fieldctl;ovms;charge;help;help' {
            break
        }
        'fieldctl;ovms;location' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the server''s JSON untouched')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;tpms' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing (for cron)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the server''s JSON untouched')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;protocol' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records after TIME: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS` (both UTC: a time without a zone is UTC, as the server stores it), RFC 3339 with `Z` or an offset (`2026-01-10T09:00:00+01:00`), or an age back from now (`90s`, `30m`, `2h`, `3d`, `1w`)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls (above 0, at most 86400)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to watch, comma-separated (default: soc,range_estimated,charging,charge_state,locked,car_on,speed; an unknown name lists them all)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--no-connect', '--no-connect', [CompletionResultType]::ParameterName, 'Do not connect to the vehicle (the car then reports only at its idle interval)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;lock' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;unlock' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;valet' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;features' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;params' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;reset' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;homelink' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;raw' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (default https://api.openvehicles.com:6869) [env: FIELDCTL_OVMS_SERVER; profile: ovms.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account name on the server [env: FIELDCTL_OVMS_USERNAME; profile: ovms.username]')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Vehicle id, when the command does not name one [env: FIELDCTL_OVMS_VEHICLE; profile: ovms.vehicle]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the account password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read an API token (used in place of the password) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ovms;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check the credentials and keep the session for later runs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens of the account')
            [CompletionResult]::new('vehicles', 'vehicles', [CompletionResultType]::ParameterValue, 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Disconnect from the vehicle (also done by logout and session expiry)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Charge status, or `charge start|stop` (endpoints no server implements yet)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Vehicle location, with a map link')
            [CompletionResult]::new('tpms', 'tpms', [CompletionResultType]::ParameterValue, 'Tyre pressures and temperatures')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Raw protocol records as the car sent them (no vehicle connection)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Historical records: a summary per record type, or the records of one TYPE')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Poll the vehicle and print one line per change; Ctrl-C ends it')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('valet', 'valet', [CompletionResultType]::ParameterValue, 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Vehicle features (GET /api/features; not implemented by today''s servers)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)')
            [CompletionResult]::new('homelink', 'homelink', [CompletionResultType]::ParameterValue, 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Any API call, authenticated; the body is printed as received')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ovms;help;login' {
            break
        }
        'fieldctl;ovms;help;logout' {
            break
        }
        'fieldctl;ovms;help;token' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The account''s API tokens')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token; it is printed once (--save keeps it in the profile)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API token')
            break
        }
        'fieldctl;ovms;help;token;list' {
            break
        }
        'fieldctl;ovms;help;token;create' {
            break
        }
        'fieldctl;ovms;help;token;delete' {
            break
        }
        'fieldctl;ovms;help;vehicles' {
            break
        }
        'fieldctl;ovms;help;connect' {
            break
        }
        'fieldctl;ovms;help;disconnect' {
            break
        }
        'fieldctl;ovms;help;status' {
            break
        }
        'fieldctl;ovms;help;charge' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start charging (PUT /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop charging (DELETE /api/charge; not implemented by today''s servers)')
            break
        }
        'fieldctl;ovms;help;charge;start' {
            break
        }
        'fieldctl;ovms;help;charge;stop' {
            break
        }
        'fieldctl;ovms;help;location' {
            break
        }
        'fieldctl;ovms;help;tpms' {
            break
        }
        'fieldctl;ovms;help;protocol' {
            break
        }
        'fieldctl;ovms;help;history' {
            break
        }
        'fieldctl;ovms;help;watch' {
            break
        }
        'fieldctl;ovms;help;lock' {
            break
        }
        'fieldctl;ovms;help;unlock' {
            break
        }
        'fieldctl;ovms;help;valet' {
            break
        }
        'fieldctl;ovms;help;features' {
            break
        }
        'fieldctl;ovms;help;params' {
            break
        }
        'fieldctl;ovms;help;reset' {
            break
        }
        'fieldctl;ovms;help;homelink' {
            break
        }
        'fieldctl;ovms;help;raw' {
            break
        }
        'fieldctl;ovms;help;help' {
            break
        }
        'fieldctl;ksc' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept session on the server and forget it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens for cron jobs (`--auth token`)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB')
            [CompletionResult]::new('hosts', 'hosts', [CompletionResultType]::ParameterValue, 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes')
            [CompletionResult]::new('host', 'host', [CompletionResultType]::ParameterValue, 'One host: `host show NAME|ID`')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Administration groups, flat or `--tree`')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Any SrvView''s records, streamed: `view VIEW [--fields a,b,…]`')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The server''s events, newest first')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Show the server certificate''s SHA-256 fingerprint, subject and validity (fetched without trusting it)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Group tasks: list, run, stop, suspend, resume, status')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The Administration Server: `server info`')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Asynchronous actions: `action wait GUID`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;login' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;logout' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;token' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;token;create' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Also keep it in the selected profile (ksc.token and ksc.auth = token; the file becomes 0600)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;token;help;create' {
            break
        }
        'fieldctl;ksc;token;help;help' {
            break
        }
        'fieldctl;ksc;call' {
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'All parameters as one JSON object: inline, @FILE, or - for stdin (PARAM arguments add to it and win)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the answer as the server sent it (typed wrappers kept)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'The method only reads: repeat it when the server is busy (503), as fieldctl''s own reads do')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;download' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--no-clobber', '--no-clobber', [CompletionResultType]::ParameterName, 'Refuse to overwrite an existing local file (a FILE.part is still resumed)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;upload' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;hosts' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A search filter (LDAP-like), e.g. ''(KLHST_WKS_DN="web*")'' or ''(KLHST_WKS_STATUS&4<>0)''')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The attributes to print instead of the default columns, e.g. KLHST_WKS_DN,KLHST_WKS_FQDN; the column names name, id, group, status, last_visible, ip, os stand for their attributes')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only the hosts directly in this administration group (a number: `fieldctl ksc groups` lists them)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort by an attribute or a column name (name, id, group, status, last_visible, ip, os), descending with `:desc` (default name, i.e. KLHST_WKS_DN)')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Hosts per request (ChunkAccessor.GetItemsChunk)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;host' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One host''s attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;host;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;host;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One host''s attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;host;help;show' {
            break
        }
        'fieldctl;ksc;host;help;help' {
            break
        }
        'fieldctl;ksc;groups' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Indent each group''s name under its parent (tables only; JSON and CSV stay flat)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;view' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A search filter (LDAP-like) over the view''s fields')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The view''s fields to print (default: every field the server returns, columns from the first record)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort by a field, descending with `:desc`')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Records per request (SrvView.GetRecordRange)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;events' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only events whose field has exactly this value (repeatable: all must match), e.g. severity=4, host=web-000002; NAME is an event attribute or a column name (id, time, severity, host, event, description)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The event fields to print instead of the default columns, e.g. rise_time,hostdn,descr (column names stand for their attributes)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events (the newest)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;trust' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Store the fingerprint as ksc.pin_sha256 in the selected profile')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the group tasks (all of them, or those of one administration group)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a task now (Tasks.RunTask)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running task (Tasks.CancelTask)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause a running task (Tasks.SuspendTask)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a paused task (Tasks.ResumeTask)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many hosts are in each state of the task (Tasks.GetTaskStatistics)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;tasks;list' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only the tasks of this administration group (its id, as `ksc groups` shows it)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;run' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;stop' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;suspend' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;resume' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;tasks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the group tasks (all of them, or those of one administration group)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a task now (Tasks.RunTask)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running task (Tasks.CancelTask)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause a running task (Tasks.SuspendTask)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a paused task (Tasks.ResumeTask)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many hosts are in each state of the task (Tasks.GetTaskStatistics)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;tasks;help;list' {
            break
        }
        'fieldctl;ksc;tasks;help;run' {
            break
        }
        'fieldctl;ksc;tasks;help;stop' {
            break
        }
        'fieldctl;ksc;tasks;help;suspend' {
            break
        }
        'fieldctl;ksc;tasks;help;resume' {
            break
        }
        'fieldctl;ksc;tasks;help;status' {
            break
        }
        'fieldctl;ksc;tasks;help;help' {
            break
        }
        'fieldctl;ksc;server' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, host name and the other static values of the server (HostGroup.GetStaticInfo)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;server;info' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;server;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, host name and the other static values of the server (HostGroup.GetStaticInfo)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;server;help;info' {
            break
        }
        'fieldctl;ksc;server;help;help' {
            break
        }
        'fieldctl;ksc;action' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until an asynchronous action ends; exit 3 when it failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;action;wait' {
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Give up (exit 7) when the action has not ended after this many seconds (default: wait as long as it takes; --timeout bounds each request, not the wait)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server URL (https, port 13299 by default) [env: FIELDCTL_KSC_SERVER; profile: ksc.server]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name [env: FIELDCTL_KSC_USERNAME; profile: ksc.username]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Windows domain of the user [env: FIELDCTL_KSC_DOMAIN; profile: ksc.domain]')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'Virtual server to work on [env: FIELDCTL_KSC_VSERVER; profile: ksc.vserver]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile [env: FIELDCTL_KSC_AUTH; profile: ksc.auth]')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)')
            [CompletionResult]::new('--pin-sha256', '--pin-sha256', [CompletionResultType]::ParameterName, 'Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) [env: FIELDCTL_KSC_PIN_SHA256; profile: ksc.pin_sha256]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The user is an internal KSC user (not a Windows account) [profile: ksc.internal]')
            [CompletionResult]::new('--connection-auth', '--connection-auth', [CompletionResultType]::ParameterName, 'Authenticate the connection with `login` instead of starting a session (one keep-alive connection)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;ksc;action;help' {
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until an asynchronous action ends; exit 3 when it failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;action;help;wait' {
            break
        }
        'fieldctl;ksc;action;help;help' {
            break
        }
        'fieldctl;ksc;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept session on the server and forget it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens for cron jobs (`--auth token`)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB')
            [CompletionResult]::new('hosts', 'hosts', [CompletionResultType]::ParameterValue, 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes')
            [CompletionResult]::new('host', 'host', [CompletionResultType]::ParameterValue, 'One host: `host show NAME|ID`')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Administration groups, flat or `--tree`')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Any SrvView''s records, streamed: `view VIEW [--fields a,b,…]`')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The server''s events, newest first')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Show the server certificate''s SHA-256 fingerprint, subject and validity (fetched without trusting it)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Group tasks: list, run, stop, suspend, resume, status')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The Administration Server: `server info`')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Asynchronous actions: `action wait GUID`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;ksc;help;login' {
            break
        }
        'fieldctl;ksc;help;logout' {
            break
        }
        'fieldctl;ksc;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once')
            break
        }
        'fieldctl;ksc;help;token;create' {
            break
        }
        'fieldctl;ksc;help;call' {
            break
        }
        'fieldctl;ksc;help;download' {
            break
        }
        'fieldctl;ksc;help;upload' {
            break
        }
        'fieldctl;ksc;help;hosts' {
            break
        }
        'fieldctl;ksc;help;host' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One host''s attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)')
            break
        }
        'fieldctl;ksc;help;host;show' {
            break
        }
        'fieldctl;ksc;help;groups' {
            break
        }
        'fieldctl;ksc;help;view' {
            break
        }
        'fieldctl;ksc;help;events' {
            break
        }
        'fieldctl;ksc;help;trust' {
            break
        }
        'fieldctl;ksc;help;tasks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the group tasks (all of them, or those of one administration group)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a task now (Tasks.RunTask)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running task (Tasks.CancelTask)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause a running task (Tasks.SuspendTask)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a paused task (Tasks.ResumeTask)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many hosts are in each state of the task (Tasks.GetTaskStatistics)')
            break
        }
        'fieldctl;ksc;help;tasks;list' {
            break
        }
        'fieldctl;ksc;help;tasks;run' {
            break
        }
        'fieldctl;ksc;help;tasks;stop' {
            break
        }
        'fieldctl;ksc;help;tasks;suspend' {
            break
        }
        'fieldctl;ksc;help;tasks;resume' {
            break
        }
        'fieldctl;ksc;help;tasks;status' {
            break
        }
        'fieldctl;ksc;help;server' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, host name and the other static values of the server (HostGroup.GetStaticInfo)')
            break
        }
        'fieldctl;ksc;help;server;info' {
            break
        }
        'fieldctl;ksc;help;action' {
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until an asynchronous action ends; exit 3 when it failed')
            break
        }
        'fieldctl;ksc;help;action;wait' {
            break
        }
        'fieldctl;ksc;help;help' {
            break
        }
        'fieldctl;sim' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'A Kvaser REST API device (default 127.0.0.1:8080)')
            [CompletionResult]::new('ovms', 'ovms', [CompletionResultType]::ParameterValue, 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)')
            [CompletionResult]::new('ksc', 'ksc', [CompletionResultType]::ParameterValue, 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;sim;can' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout')
            [CompletionResult]::new('--cert-out', '--cert-out', [CompletionResultType]::ParameterName, 'Write the certificate (PEM) here, for clients'' --ca-cert')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append every request as a JSON line to FILE')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password the device requires on canInitializeLibrary (none by default)')
            [CompletionResult]::new('--channels', '--channels', [CompletionResultType]::ParameterName, 'Number of CAN channels, all on one bus: frames written on one are received on the others')
            [CompletionResult]::new('--traffic', '--traffic', [CompletionResultType]::ParameterName, 'Bus traffic from another node: frames per second, or `max` (as many as each canRead asks for)')
            [CompletionResult]::new('--error-every', '--error-every', [CompletionResultType]::ParameterName, 'With --traffic: make every Nth frame an error frame')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Bus traffic replayed (looping, with its timing) from a candump log')
            [CompletionResult]::new('--envvar', '--envvar', [CompletionResultType]::ParameterName, 'Envvars scripts declare: NAME:int=N, NAME:float=X, NAME:data=TEXT or NAME:data[SIZE]=TEXT (repeatable)')
            [CompletionResult]::new('--slots', '--slots', [CompletionResultType]::ParameterName, 'Number of t-script slots')
            [CompletionResult]::new('--device-file', '--device-file', [CompletionResultType]::ParameterName, 'A file on the device''s flash at start: F:/NAME=LOCAL_PATH (repeatable)')
            [CompletionResult]::new('--flash-size', '--flash-size', [CompletionResultType]::ParameterName, 'Size of the flash file system in bytes')
            [CompletionResult]::new('--script-status-field', '--script-status-field', [CompletionResultType]::ParameterName, 'Name of kvScriptStatus''s result: the spec''s text says `scriptStatus`, its example `status`')
            [CompletionResult]::new('--rx-queue', '--rx-queue', [CompletionResultType]::ParameterName, 'Receive buffer of each handle, in frames; when it is full, frames are lost and the next one received carries canMSGERR_SW_OVERRUN')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a self-signed certificate made at start')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'The demo device of `--host sim`: a car''s traffic at its cycle times (tests/data/dbc/engine.dbc''s messages and two more, about 310 frames/s), an int envvar `speed`, a device file F:/log.kmf')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;sim;ovms' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout')
            [CompletionResult]::new('--cert-out', '--cert-out', [CompletionResultType]::ParameterName, 'Write the certificate (PEM) here, for clients'' --ca-cert')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append every request as a JSON line to FILE')
            [CompletionResult]::new('--scenario', '--scenario', [CompletionResultType]::ParameterName, 'Users, tokens, vehicles and their messages (TOML, or JSON for a .json file); default: a demo fleet')
            [CompletionResult]::new('--session-ttl', '--session-ttl', [CompletionResultType]::ParameterName, 'Seconds after login a cookie session expires (default: the scenario''s, else 120)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Rate limit per client IP: a burst, then PER_MIN requests a minute (the public server: 120,60)')
            [CompletionResult]::new('--rate-hold', '--rate-hold', [CompletionResultType]::ParameterName, 'Seconds a request over the rate limit is held before its 429')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay every response by MS milliseconds')
            [CompletionResult]::new('--fleet', '--fleet', [CompletionResultType]::ParameterName, 'Serve N generated vehicles (FLEET001…) for user `demo` (password `demo`), for benchmarks')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a self-signed certificate made at start')
            [CompletionResult]::new('--v2', '--v2', [CompletionResultType]::ParameterName, 'Behave as an old v2 server: cookie login only, no tokens, every error answered 404')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;sim;ksc' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port. The bound address is the first line on stdout')
            [CompletionResult]::new('--cert-out', '--cert-out', [CompletionResultType]::ParameterName, 'Write the self-signed certificate (PEM) made at start here, for clients'' --ca-cert')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append every request as a JSON line to FILE')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The account''s name: a Windows account (internal="0"); DOMAIN\NAME for a domain account')
            [CompletionResult]::new('--internal-user', '--internal-user', [CompletionResultType]::ParameterName, 'An internal KSC user (same password): it must log in with internal="1", no domain')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The account''s password (default: generated and printed on stderr at start)')
            [CompletionResult]::new('--mfa-user', '--mfa-user', [CompletionResultType]::ParameterName, 'An account (same password) that also needs a TOTP code, or --user itself')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'The TOTP code --mfa-user must send (default: generated and printed on stderr at start)')
            [CompletionResult]::new('--vserver', '--vserver', [CompletionResultType]::ParameterName, 'A virtual server, repeatable; each has its own inventory')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Hosts in the generated inventory of each (virtual) server')
            [CompletionResult]::new('--session-idle', '--session-idle', [CompletionResultType]::ParameterName, 'Seconds a session may stay unused before it expires')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Answer this fraction (0..1) of API calls with 503: every ceil(1/P)-th call, login and Session.* excepted')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'This method answers 403 (text/html, X-KSC-ErrorId/-ErrorModule/-ErrorMsg) once authenticated; repeatable')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'This method answers 500 with a text/html description once authenticated; repeatable')
            [CompletionResult]::new('--action-checks', '--action-checks', [CompletionResultType]::ParameterName, 'An async action finishes on its N-th CheckActionState, lNextCheckDelay 200 until then (default: 1 s after start)')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Refuse request bodies over this many bytes with 413 (and close the connection)')
            [CompletionResult]::new('--files', '--files', [CompletionResultType]::ParameterName, 'Serve this directory read-only under /FTSF/')
            [CompletionResult]::new('--file-chunk', '--file-chunk', [CompletionResultType]::ParameterName, 'The most bytes one download answer carries (a client asks again for the rest)')
            [CompletionResult]::new('--content-range-style', '--content-range-style', [CompletionResultType]::ParameterName, 'How a 206 writes Content-Range: `rfc` (bytes a-b/total) or `spec` (bytes=a-b/total, the spec''s example)')
            [CompletionResult]::new('--file-fail-rate', '--file-fail-rate', [CompletionResultType]::ParameterName, 'That fraction of file requests (downloads and uploads) answer 503')
            [CompletionResult]::new('--retry-after', '--retry-after', [CompletionResultType]::ParameterName, 'Send `Retry-After: SECS` with each 503, of files and API calls (the spec promises none; a server may)')
            [CompletionResult]::new('--drop-after', '--drop-after', [CompletionResultType]::ParameterName, 'The first download answer with a body closes the connection after this many body bytes')
            [CompletionResult]::new('--max-chunk', '--max-chunk', [CompletionResultType]::ParameterName, 'The largest upload chunk accepted: more → 413 and the connection closes (a server configured lower)')
            [CompletionResult]::new('--continue-delay', '--continue-delay', [CompletionResultType]::ParameterName, 'Wait this long before answering 100 Continue (body bytes sent meanwhile are logged as early)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Serve plain HTTP instead of HTTPS (a real server speaks only HTTPS)')
            [CompletionResult]::new('--fail-logins', '--fail-logins', [CompletionResultType]::ParameterName, '--fail-rate also counts (and fails) login and Session.* (a busy StartSession or EndSession)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;sim;help' {
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'A Kvaser REST API device (default 127.0.0.1:8080)')
            [CompletionResult]::new('ovms', 'ovms', [CompletionResultType]::ParameterValue, 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)')
            [CompletionResult]::new('ksc', 'ksc', [CompletionResultType]::ParameterValue, 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;sim;help;can' {
            break
        }
        'fieldctl;sim;help;ovms' {
            break
        }
        'fieldctl;sim;help;ksc' {
            break
        }
        'fieldctl;sim;help;help' {
            break
        }
        'fieldctl;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings (secrets redacted); default: the selected profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove GROUP.SETTING from a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default profile')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Say where a credential (e.g. ovms.token) would come from, without showing it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;unset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;credential' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password-stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'token-stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings (secrets redacted); default: the selected profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove GROUP.SETTING from a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default profile')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Say where a credential (e.g. ovms.token) would come from, without showing it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;profile;help;list' {
            break
        }
        'fieldctl;profile;help;show' {
            break
        }
        'fieldctl;profile;help;set' {
            break
        }
        'fieldctl;profile;help;unset' {
            break
        }
        'fieldctl;profile;help;remove' {
            break
        }
        'fieldctl;profile;help;use' {
            break
        }
        'fieldctl;profile;help;credential' {
            break
        }
        'fieldctl;profile;help;help' {
            break
        }
        'fieldctl;config' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;config;path' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;config;help;path' {
            break
        }
        'fieldctl;config;help;help' {
            break
        }
        'fieldctl;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;generate-docs' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `default_profile` in the config file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: <config dir>/fieldctl/config.toml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table; `log` is for `can dump` only)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (auto: on a terminal, unless NO_COLOR is set)')
            [CompletionResult]::new('--max-response-bytes', '--max-response-bytes', [CompletionResultType]::ParameterName, 'Largest response body accepted, in bytes (protects memory from a broken server)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `-o json`')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (dangerous; prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fieldctl;help' {
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Kvaser CAN interfaces through their JSON REST API')
            [CompletionResult]::new('ovms', 'ovms', [CompletionResultType]::ParameterValue, 'OVMS servers: vehicles, status, charge, location, tyres, history, tokens')
            [CompletionResult]::new('ksc', 'ksc', [CompletionResultType]::ParameterValue, 'Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fieldctl;help;can' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the device is free, and who holds it for how long')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send frames (cansend syntax), once or periodically')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Receive frames (candump); Ctrl-C, --count or --duration stop it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a candump log (canplayer)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode logs with a CAN database (DBC), offline: no device')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'Read the device timer (canReadTimer)')
            [CompletionResult]::new('ioctl', 'ioctl', [CompletionResultType]::ParameterValue, 'Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number')
            [CompletionResult]::new('script', 'script', [CompletionResultType]::ParameterValue, 't-scripts in the device''s slots')
            [CompletionResult]::new('envvar', 'envvar', [CompletionResultType]::ParameterValue, 't-script environment variables')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files on the device''s flash')
            [CompletionResult]::new('leds', 'leds', [CompletionResultType]::ParameterValue, 'Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number')
            [CompletionResult]::new('identify', 'identify', [CompletionResultType]::ParameterValue, 'Blink the LEDs so a person can find the device in a rack')
            [CompletionResult]::new('dbc', 'dbc', [CompletionResultType]::ParameterValue, 'CAN databases (DBC): what a file defines; needs no device')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Call any REST function (key=value parameters); the session is inserted for session functions. Prints the JSON reply; the exit code follows its stat')
            break
        }
        'fieldctl;help;can;status' {
            break
        }
        'fieldctl;help;can;send' {
            break
        }
        'fieldctl;help;can;dump' {
            break
        }
        'fieldctl;help;can;replay' {
            break
        }
        'fieldctl;help;can;decode' {
            break
        }
        'fieldctl;help;can;timer' {
            break
        }
        'fieldctl;help;can;ioctl' {
            break
        }
        'fieldctl;help;can;script' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Loaded/running state of one slot, or of every slot')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a compiled script (.txe) from a local file or from the device''s flash')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the script in a slot')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the script in a slot')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload the script from a slot')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Send a key event to a running script')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Print the script''s printf output (subscribe, read, unsubscribe)')
            break
        }
        'fieldctl;help;can;script;status' {
            break
        }
        'fieldctl;help;can;script;load' {
            break
        }
        'fieldctl;help;can;script;start' {
            break
        }
        'fieldctl;help;can;script;stop' {
            break
        }
        'fieldctl;help;can;script;unload' {
            break
        }
        'fieldctl;help;can;script;event' {
            break
        }
        'fieldctl;help;can;script;text' {
            break
        }
        'fieldctl;help;can;envvar' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read an envvar')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write an envvar; data envvars shorter than their size are padded with zero bytes')
            break
        }
        'fieldctl;help;can;envvar;get' {
            break
        }
        'fieldctl;help;can;envvar;set' {
            break
        }
        'fieldctl;help;can;file' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the files on the device')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Copy a local file (or stdin, `-`) to the device')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a file on the device')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Erase every file on the device (asks on a terminal; needs --yes otherwise)')
            break
        }
        'fieldctl;help;can;file;ls' {
            break
        }
        'fieldctl;help;can;file;get' {
            break
        }
        'fieldctl;help;can;file;put' {
            break
        }
        'fieldctl;help;can;file;rm' {
            break
        }
        'fieldctl;help;can;file;format' {
            break
        }
        'fieldctl;help;can;leds' {
            break
        }
        'fieldctl;help;can;identify' {
            break
        }
        'fieldctl;help;can;dbc' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The messages of a DBC file (id, name, length, senders, cycle time), or one message''s signals')
            break
        }
        'fieldctl;help;can;dbc;show' {
            break
        }
        'fieldctl;help;can;raw' {
            break
        }
        'fieldctl;help;ovms' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check the credentials and keep the session for later runs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens of the account')
            [CompletionResult]::new('vehicles', 'vehicles', [CompletionResultType]::ParameterValue, 'The account''s vehicles: connected cars, apps and batch clients; --status: the fleet at a glance')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Disconnect from the vehicle (also done by logout and session expiry)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Charge status, or `charge start|stop` (endpoints no server implements yet)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Vehicle location, with a map link')
            [CompletionResult]::new('tpms', 'tpms', [CompletionResultType]::ParameterValue, 'Tyre pressures and temperatures')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Raw protocol records as the car sent them (no vehicle connection)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Historical records: a summary per record type, or the records of one TYPE')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Poll the vehicle and print one line per change; Ctrl-C ends it')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock the vehicle (PUT /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the vehicle (DELETE /api/lock; not implemented by today''s servers)')
            [CompletionResult]::new('valet', 'valet', [CompletionResultType]::ParameterValue, 'Valet mode on or off (PUT/DELETE /api/valet; not implemented by today''s servers)')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Vehicle features (GET /api/features; not implemented by today''s servers)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Vehicle parameters (GET /api/parameters; not implemented by today''s servers)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset the vehicle''s module (PUT /api/reset; not implemented by today''s servers)')
            [CompletionResult]::new('homelink', 'homelink', [CompletionResultType]::ParameterValue, 'Activate home link N (PUT /api/homelink; not implemented by today''s servers)')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Any API call, authenticated; the body is printed as received')
            break
        }
        'fieldctl;help;ovms;login' {
            break
        }
        'fieldctl;help;ovms;logout' {
            break
        }
        'fieldctl;help;ovms;token' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The account''s API tokens')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token; it is printed once (--save keeps it in the profile)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API token')
            break
        }
        'fieldctl;help;ovms;token;list' {
            break
        }
        'fieldctl;help;ovms;token;create' {
            break
        }
        'fieldctl;help;ovms;token;delete' {
            break
        }
        'fieldctl;help;ovms;vehicles' {
            break
        }
        'fieldctl;help;ovms;connect' {
            break
        }
        'fieldctl;help;ovms;disconnect' {
            break
        }
        'fieldctl;help;ovms;status' {
            break
        }
        'fieldctl;help;ovms;charge' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start charging (PUT /api/charge; not implemented by today''s servers)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop charging (DELETE /api/charge; not implemented by today''s servers)')
            break
        }
        'fieldctl;help;ovms;charge;start' {
            break
        }
        'fieldctl;help;ovms;charge;stop' {
            break
        }
        'fieldctl;help;ovms;location' {
            break
        }
        'fieldctl;help;ovms;tpms' {
            break
        }
        'fieldctl;help;ovms;protocol' {
            break
        }
        'fieldctl;help;ovms;history' {
            break
        }
        'fieldctl;help;ovms;watch' {
            break
        }
        'fieldctl;help;ovms;lock' {
            break
        }
        'fieldctl;help;ovms;unlock' {
            break
        }
        'fieldctl;help;ovms;valet' {
            break
        }
        'fieldctl;help;ovms;features' {
            break
        }
        'fieldctl;help;ovms;params' {
            break
        }
        'fieldctl;help;ovms;reset' {
            break
        }
        'fieldctl;help;ovms;homelink' {
            break
        }
        'fieldctl;help;ovms;raw' {
            break
        }
        'fieldctl;help;ksc' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the kept session on the server and forget it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens for cron jobs (`--auth token`)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB')
            [CompletionResult]::new('hosts', 'hosts', [CompletionResultType]::ParameterValue, 'Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes')
            [CompletionResult]::new('host', 'host', [CompletionResultType]::ParameterValue, 'One host: `host show NAME|ID`')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Administration groups, flat or `--tree`')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Any SrvView''s records, streamed: `view VIEW [--fields a,b,…]`')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The server''s events, newest first')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Show the server certificate''s SHA-256 fingerprint, subject and validity (fetched without trusting it)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Group tasks: list, run, stop, suspend, resume, status')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The Administration Server: `server info`')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Asynchronous actions: `action wait GUID`')
            break
        }
        'fieldctl;help;ksc;login' {
            break
        }
        'fieldctl;help;ksc;logout' {
            break
        }
        'fieldctl;help;ksc;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once')
            break
        }
        'fieldctl;help;ksc;token;create' {
            break
        }
        'fieldctl;help;ksc;call' {
            break
        }
        'fieldctl;help;ksc;download' {
            break
        }
        'fieldctl;help;ksc;upload' {
            break
        }
        'fieldctl;help;ksc;hosts' {
            break
        }
        'fieldctl;help;ksc;host' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One host''s attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)')
            break
        }
        'fieldctl;help;ksc;host;show' {
            break
        }
        'fieldctl;help;ksc;groups' {
            break
        }
        'fieldctl;help;ksc;view' {
            break
        }
        'fieldctl;help;ksc;events' {
            break
        }
        'fieldctl;help;ksc;trust' {
            break
        }
        'fieldctl;help;ksc;tasks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the group tasks (all of them, or those of one administration group)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a task now (Tasks.RunTask)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running task (Tasks.CancelTask)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause a running task (Tasks.SuspendTask)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a paused task (Tasks.ResumeTask)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many hosts are in each state of the task (Tasks.GetTaskStatistics)')
            break
        }
        'fieldctl;help;ksc;tasks;list' {
            break
        }
        'fieldctl;help;ksc;tasks;run' {
            break
        }
        'fieldctl;help;ksc;tasks;stop' {
            break
        }
        'fieldctl;help;ksc;tasks;suspend' {
            break
        }
        'fieldctl;help;ksc;tasks;resume' {
            break
        }
        'fieldctl;help;ksc;tasks;status' {
            break
        }
        'fieldctl;help;ksc;server' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, host name and the other static values of the server (HostGroup.GetStaticInfo)')
            break
        }
        'fieldctl;help;ksc;server;info' {
            break
        }
        'fieldctl;help;ksc;action' {
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until an asynchronous action ends; exit 3 when it failed')
            break
        }
        'fieldctl;help;ksc;action;wait' {
            break
        }
        'fieldctl;help;sim' {
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'A Kvaser REST API device (default 127.0.0.1:8080)')
            [CompletionResult]::new('ovms', 'ovms', [CompletionResultType]::ParameterValue, 'An OVMS v3 server''s HTTP API (default 127.0.0.1:6868)')
            [CompletionResult]::new('ksc', 'ksc', [CompletionResultType]::ParameterValue, 'A Kaspersky Security Center Open API server (default 127.0.0.1:13299)')
            break
        }
        'fieldctl;help;sim;can' {
            break
        }
        'fieldctl;help;sim;ovms' {
            break
        }
        'fieldctl;help;sim;ksc' {
            break
        }
        'fieldctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings (secrets redacted); default: the selected profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove GROUP.SETTING from a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the default profile')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Say where a credential (e.g. ovms.token) would come from, without showing it')
            break
        }
        'fieldctl;help;profile;list' {
            break
        }
        'fieldctl;help;profile;show' {
            break
        }
        'fieldctl;help;profile;set' {
            break
        }
        'fieldctl;help;profile;unset' {
            break
        }
        'fieldctl;help;profile;remove' {
            break
        }
        'fieldctl;help;profile;use' {
            break
        }
        'fieldctl;help;profile;credential' {
            break
        }
        'fieldctl;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            break
        }
        'fieldctl;help;config;path' {
            break
        }
        'fieldctl;help;completions' {
            break
        }
        'fieldctl;help;generate-docs' {
            break
        }
        'fieldctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
