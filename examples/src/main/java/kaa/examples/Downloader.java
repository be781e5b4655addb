package kaa.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static kaa.Async.done;
import static kaa.Async.yield_;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressStatus;
import kaa.Main;
import kaa.Socket;

/**
 * The demo's HTTP/1.1 downloader: one coroutine per download over a {@link Socket}, all of them on the one loop
 * thread. Each reads the response as it arrives and feeds it to an {@link HttpResponseParser}, which reports the
 * progress through the download's {@link kaa.InProgressStatus}; a {@link ProgressDisplay} draws it.
 */
abstract class Downloader {
    static Downloader create() {
        return new Downloader_Coroutines();
    }

    /**
     * Fetches one URL: connect, send the request, read until the response is complete. Reads like blocking code;
     * every {@code yield_} leaves the loop free for the other downloads.
     *
     * @param download what to fetch; receives the body's bytes and progress
     * @return the download, once the whole body arrived with status 200; fails with the network error, an
     *     {@link HttpResponseParser.HttpParseException}, or an {@code IOException} naming another status
     */
    @Coroutine
    InProgress<Download> fetch(Download download) {
        URI uri = download.uri();
        Socket socket = new Socket();
        try {
            yield_(socket.connect(host(uri), uri.getPort() < 0 ? 80 : uri.getPort()), IOException.class);
            yield_(socket.write(request(uri)));
            HttpResponseParser parser = new HttpResponseParser(download::body, download.status());
            while (!parser.isComplete()) {
                byte[] bytes = yield_(socket.read(), IOException.class);
                if (bytes.length == 0) {
                    parser.endOfInput();                 // complete if the body lasts until the close, else throws
                } else {
                    parser.feed(bytes, 0, bytes.length); // Connection: close, so nothing follows the response
                }
            }
            if (parser.status() != 200) {
                throw new IOException("HTTP " + parser.status() + " " + parser.reason());
            }
            return done(download);
        } catch (IOException e) {
            return InProgress.failed(e);                 // the coroutine fails with it (as it would if thrown)
        } finally {
            socket.close();                              // on success, failure, timeout and abort alike
            download.closedSocket();
        }
    }

    /**
     * Runs the downloads side by side, each with its bar, its timeout and its planned abort, and waits until every
     * one has ended, however it ended.
     *
     * @param downloads what to fetch
     * @param display where the bars go
     * @return the same downloads, each with its outcome
     */
    @Coroutine
    InProgress<List<Download>> runAll(List<Download> downloads, ProgressDisplay display) {
        List<InProgress<Void>> ended = new ArrayList<>();
        for (Download download : downloads) {
            ProgressDisplay.Bar bar = display.add(download.label(), download.status());
            download.started();
            InProgress<Download> transfer = fetch(download);   // runs up to its first yield_ (the connect)
            InProgress<Download> limited = transfer;
            if (download.timeout() != null) {
                // When the time is up, 'limited' fails with an InProgressTimeoutException and the coroutine is
                // aborted: its finally closes the socket. (Not timeout(d, true): that aborts with the timeout
                // exception itself, which the socket read the coroutine awaits then fails with too, and the runtime
                // reports that copy as an unobserved failure.)
                limited = transfer.timeout(download.timeout());
                limited.connectBoth(result -> { }, timedOut -> transfer.abort());
            }
            if (download.abortAt() > 0) {
                abortWhenPast(transfer, download.status(), download.abortAt());
            }
            InProgress<Void> end = new InProgress<>();
            limited.connectBoth(result -> {
                download.succeeded();
                bar.done();
                end.finish(null);
            }, failure -> {
                bar.failed(download.failed(failure));
                end.finish(null);
            });
            ended.add(end);
        }
        for (InProgress<Void> end : ended) {
            yield_(end);
        }
        return done(downloads);
    }

    /**
     * Aborts {@code transfer} once its progress passes {@code fraction} of the size (known from
     * {@code Content-Length}). The abort is posted, so it reaches the coroutine at its next {@code yield_} rather than
     * inside the parser call that reported the progress.
     */
    static void abortWhenPast(InProgress<?> transfer, InProgressStatus status, double fraction) {
        status.changed().connect(new Consumer<InProgressStatus>() {
            @Override
            public void accept(InProgressStatus changed) {
                long maximum = changed.maximum();
                if (maximum > 0 && changed.position() >= maximum * fraction) {
                    changed.changed().disconnect(this);
                    Main.post(transfer::abort);
                }
            }
        });
    }

    static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host; // an IPv6 literal
    }

    static byte[] request(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String hostHeader = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return ("GET " + path + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: kaa-java-demo\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n"
                + "\r\n").getBytes(US_ASCII);
    }
}
