package r11;

import kaa.*;
import java.time.Duration;

/*
 * P27: InProgressStatus: pos, max, percentage, eta, speed, text bar; emits changed on update.
 * EXPECTED: update(25) of 100 -> 25%; after 1s virtual with 50 done -> speed ~50/s, eta ~1s; bar shows ~half;
 *   changed emitted once per update/increment.
 */
class P27Status {
    public static void main(String[] a) {
        var clock = new ManualTicker();
        var st = new InProgressStatus(100, clock, Duration.ofSeconds(1));
        int[] n = {0};
        st.changed().connect(s -> n[0]++);
        st.update(25);
        System.out.println("pos=" + st.position() + " max=" + st.maximum() + " pct=" + st.percentage() + " changed=" + n[0]);
        clock.advance(Duration.ofSeconds(1));
        st.update(50);
        System.out.println("pct=" + st.percentage() + " speed=" + st.speed() + " eta=" + st.eta() + " bar=" + st.bar(20));
        st.increment(); st.increment(9);
        System.out.println("pos=" + st.position() + " changed=" + n[0] + " " + st);
    }
}
