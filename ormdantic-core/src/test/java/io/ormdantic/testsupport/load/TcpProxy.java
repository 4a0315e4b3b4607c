package io.ormdantic.testsupport.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.r2dbc.spi.ConnectionFactoryOptions;

/**
 * A TCP proxy on a local port in front of a database server, which can {@link #cut()} every connection it carries
 * at once: a network device or a failover dropping the pool's connections, while the server itself stays up. Plain
 * blocking sockets, two threads per connection: a pool holds a handful.
 */
public final class TcpProxy implements AutoCloseable {

	private static final int BUFFER = 16 * 1024;

	private final ServerSocket server;

	private final InetSocketAddress target;

	/** Both sockets of every connection carried now. */
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	/** The client sockets accepted while stalled, never answered. */
	private final Set<Socket> held = ConcurrentHashMap.newKeySet();

	/** Whether new connections are accepted and then left unanswered, as by a server that hangs. */
	private volatile boolean stalled;

	private TcpProxy(ServerSocket server, InetSocketAddress target) {
		this.server = server;
		this.target = target;
		Thread acceptor = new Thread(this::accept, "tcp-proxy-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy to the server of an R2DBC URL (its host and port), listening on a free port of 127.0.0.1. */
	public static TcpProxy to(String url) {
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url);
		String host = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.HOST));
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			return new TcpProxy(server, new InetSocketAddress(host, port(options)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot open the proxy's port", ex);
		}
	}

	/** The URL with its host and port replaced by the proxy's. */
	public String url(String url) {
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url);
		String host = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.HOST));
		String address = host + ((options.getValue(ConnectionFactoryOptions.PORT) != null) ? ":" + port(options) : "");
		int at = url.indexOf(address, url.indexOf("//"));
		if (at < 0) {
			throw new IllegalArgumentException("no host " + address + " in the URL");
		}
		return url.substring(0, at) + "127.0.0.1:" + this.server.getLocalPort() + url.substring(at + address.length());
	}

	/**
	 * Resets every connection the proxy carries, on both sides, as a network failure would: the client and the server
	 * each see their connection end at once. New connections go through as before.
	 *
	 * @return how many connections were cut
	 */
	public int cut() {
		int cut = 0;
		for (Socket socket : Set.copyOf(this.open)) {
			reset(socket);
			cut++;
		}
		return cut / 2;
	}

	/**
	 * Stalls or resumes: while stalled, a new connection is accepted but never reaches the server, so the client waits
	 * for an answer that does not come, as from a hung server or a half-open network path; connections already carried
	 * go on. Resuming resets the held connections.
	 */
	public void stall(boolean stall) {
		this.stalled = stall;
		if (!stall) {
			Set.copyOf(this.held).forEach(this::reset);
		}
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing: nothing left to do
		}
		cut();
		stall(false);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				return;
			}
			if (this.stalled) {
				this.held.add(client);
				continue;
			}
			try {
				Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
				this.open.add(client);
				this.open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// the server refused: so does the proxy
				reset(client);
			}
		}
	}

	/** Copies one direction until either side ends, then ends both. */
	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[BUFFER];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// cut, or closed by either side
			}
			finally {
				reset(from);
				reset(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	/** Closes with a reset (linger 0), not an orderly end: the other side is not told that the data is all there. */
	private void reset(Socket socket) {
		this.open.remove(socket);
		this.held.remove(socket);
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	private static int port(ConnectionFactoryOptions options) {
		Object port = options.getValue(ConnectionFactoryOptions.PORT);
		if (port != null) {
			return Integer.parseInt(String.valueOf(port));
		}
		String driver = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.DRIVER));
		return driver.startsWith("postgres") ? 5432 : 3306;
	}
}
