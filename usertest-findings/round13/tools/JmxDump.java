import com.sun.tools.attach.VirtualMachine;
import javax.management.*;
import javax.management.remote.*;

/** java tools/JmxDump.java PID : invokes the dump operation of kaa:type=Coroutines in a running JVM. */
public class JmxDump {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address = vm.startLocalManagementAgent();
        vm.detach();
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection s = c.getMBeanServerConnection();
            ObjectName name = new ObjectName("kaa:type=Coroutines");
            System.out.println(s.getMBeanInfo(name).getOperations().length + " operations: "
                    + java.util.Arrays.stream(s.getMBeanInfo(name).getOperations()).map(MBeanOperationInfo::getName).toList());
            System.out.println(s.invoke(name, "dump", null, null));
        }
    }
}
