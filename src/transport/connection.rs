//! Connections: which TCP connection a request went over (KSC authenticates a connection, not requests), a
//! request that must reuse one, and the `http://`-to-a-TLS-port check. Plugged into ureq as connectors: the
//! `Gate` runs before a new connection is opened, `Watch` wraps every new one.

use std::cell::Cell;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use ureq::unversioned::transport::{
    Buffers, ConnectProxyConnector, ConnectionDetails, Connector, NextTimeout, TcpConnector,
    Transport as Wire,
};

/// One TCP (or TLS) connection of a [`super::Transport`], numbered from 1 in the order they were opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConnectionId(pub(super) u64);

impl fmt::Display for ConnectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

// ureq runs connectors and transports on the thread that sends the request, so per-request facts travel in
// thread-locals set around `Agent::run` (see `Scope`).
thread_local! {
    static REQUIRED: Cell<Option<u64>> = const { Cell::new(None) };
    static USED: Cell<Option<u64>> = const { Cell::new(None) };
}

/// The request's required connection is gone (closed by the peer, evicted, or another one was offered).
#[derive(Debug)]
pub struct Dropped;

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the connection the request must use is closed")
    }
}

impl std::error::Error for Dropped {}

/// A plain-HTTP request got a TLS record back.
#[derive(Debug)]
pub struct TlsPort;

impl fmt::Display for TlsPort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the peer answered with TLS")
    }
}

impl std::error::Error for TlsPort {}

/// Sets the thread's required connection for one exchange and reads back the one used.
pub(super) struct Scope;

impl Scope {
    pub(super) fn enter(required: Option<ConnectionId>) -> Scope {
        REQUIRED.set(required.map(|c| c.0));
        USED.set(None);
        Scope
    }

    pub(super) fn used(&self) -> Option<ConnectionId> {
        USED.get().map(ConnectionId)
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        REQUIRED.set(None);
    }
}

fn io_error(e: impl std::error::Error + Send + Sync + 'static) -> ureq::Error {
    ureq::Error::Io(std::io::Error::other(e))
}

/// First in the chain: a request bound to a connection must not open a new one.
#[derive(Debug, Clone, Default)]
struct Gate;

impl Connector<()> for Gate {
    type Out = ();

    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<()>,
    ) -> Result<Option<()>, ureq::Error> {
        if REQUIRED.get().is_some() {
            return Err(io_error(Dropped));
        }
        // Until the TCP connection is up (or the request ends): a hung connect is not interruptible. Clean-up
        // connects after Ctrl-C are not marked: they have their own short timeout.
        if !crate::interrupt::interrupted() {
            crate::interrupt::connecting(true);
        }
        Ok(chained)
    }
}

/// Last in the chain: numbers the new connection.
#[derive(Debug, Clone)]
struct Watch {
    opened: Arc<AtomicU64>,
}

impl<In: Wire> Connector<In> for Watch {
    type Out = Watched<In>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Watched<In>>, ureq::Error> {
        Ok(chained.map(|inner| Watched {
            inner,
            id: self.opened.fetch_add(1, Ordering::Relaxed) + 1,
            check_tls: !details.needs_tls(),
        }))
    }
}

#[derive(Debug)]
struct Watched<T> {
    inner: T,
    id: u64,
    /// Plain HTTP and nothing received yet: the first bytes tell whether the port speaks TLS.
    check_tls: bool,
}

impl<T: Wire> Wire for Watched<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.inner.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        if REQUIRED.get().is_some_and(|r| r != self.id) {
            return Err(io_error(Dropped));
        }
        USED.set(Some(self.id));
        self.inner.transmit_output(amount, timeout)
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let more = self.inner.await_input(timeout)?;
        if self.check_tls {
            let input = self.inner.buffers().input();
            if input.len() >= 2 {
                self.check_tls = false;
                // A TLS record: content type alert (21) or handshake (22), then major version 3.
                if matches!(input[0], 21 | 22) && input[1] == 3 {
                    return Err(io_error(TlsPort));
                }
            }
        }
        Ok(more)
    }

    fn is_open(&mut self) -> bool {
        self.inner.is_open()
    }

    fn is_tls(&self) -> bool {
        self.inner.is_tls()
    }
}

/// Right after TCP: the peer answered the connection attempt (a TLS handshake after it is ordinary I/O).
#[derive(Debug, Clone)]
struct Reached;

impl<In: Wire> Connector<In> for Reached {
    type Out = In;

    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<In>, ureq::Error> {
        crate::interrupt::connecting(false);
        Ok(chained)
    }
}

/// ureq's default chain (CONNECT proxies, TCP, then TLS: ours, see [`super::tls`]) between our gate and our watch.
pub(super) fn connector(tls: Arc<rustls::ClientConfig>, opened: Arc<AtomicU64>) -> impl Connector {
    Gate.chain(ConnectProxyConnector::default())
        .chain(TcpConnector::default())
        .chain(Reached)
        .chain(super::tls::TlsConnector { config: tls })
        .chain(Watch { opened })
}
