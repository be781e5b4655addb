package kaa.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaa.InProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link FetchPage} and {@link Chat}, over real sockets on the loopback interface. */
@Timeout(30)
class SocketExamplesTest {
    @Test
    void fetchPagePrintsTheResponseOfTheLocalServer() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, US_ASCII));
        try {
            FetchPage.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(US_ASCII);
        assertTrue(printed.startsWith("HTTP/1.1 200 OK\r\n"), printed);
        // One read(), as in the seed: the head at least (the JDK's server writes the body separately).
        assertTrue(printed.contains("\r\nContent-length: 54\r\n"), printed);
    }

    @Test
    void fetchPageFailsWithTheConnectError() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        InProgress<Void> fetch = FetchPage_Coroutines.fetchPage("127.0.0.1", closedPort);
        assertThrows(RuntimeException.class, fetch::await);       // await() drives the loop until it fails
        assertTrue(fetch.exception() instanceof ConnectException, String.valueOf(fetch.exception()));
    }

    @Test
    void everyChatClientReceivesEveryLineOfTheOthersWholeAndInTheirOrder() throws IOException {
        Map<String, List<String>> transcripts = Chat.runScript();

        assertEquals(Chat.SCRIPT.keySet(), transcripts.keySet());
        for (String client : Chat.SCRIPT.keySet()) {
            List<String> received = transcripts.get(client);
            for (Map.Entry<String, List<String>> sender : Chat.SCRIPT.entrySet()) {
                List<String> fromSender = new ArrayList<>();
                for (String line : received) {
                    if (line.startsWith(sender.getKey() + ": ")) {
                        fromSender.add(line.substring(sender.getKey().length() + 2));
                    }
                }
                List<String> expected = sender.getKey().equals(client) ? List.of() : sender.getValue();
                assertEquals(expected, fromSender, client + " received from " + sender.getKey());
            }
            int others = Chat.SCRIPT.entrySet().stream().filter(e -> !e.getKey().equals(client))
                    .mapToInt(e -> e.getValue().size()).sum();
            assertEquals(others, received.size(), client + ": nothing else, no broken lines: " + received);
        }
    }

    @Test
    void aChatMemberHearsWhoJoinsWhatTheySayAndWhenTheyLeave() throws IOException {
        Chat chat = Chat.create();
        int port = chat.start();
        kaa.Socket alice = new kaa.Socket();
        kaa.Socket bob = new kaa.Socket();
        try {
            alice.connect("127.0.0.1", port).await();      // await() drives the loop: the server's coroutines run too
            alice.write("alice\n").await();
            chat.joined(1).await();
            bob.connect("127.0.0.1", port).await();
            bob.write("bob\r\n").await();                  // CRLF line ends are taken as well

            assertEquals("*: bob joined\n", new String(alice.readLine().await(), US_ASCII));
            bob.write("hi alice\n");
            assertEquals("bob: hi alice\n", new String(alice.readLine().await(), US_ASCII));
            alice.write("hi bob\n");
            assertEquals("alice: hi bob\n", new String(bob.readLine().await(), US_ASCII));
            bob.close().await();
            assertEquals("*: bob left\n", new String(alice.readLine().await(), US_ASCII));
        } finally {
            alice.close().await();
            bob.close();
            chat.stop();
        }
    }
}
