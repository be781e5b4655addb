import kaa.InProgress;
public interface Sig1Service { InProgress<String> get(int n); }
