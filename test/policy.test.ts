// The policy pass: Pod Security rules and the bad-input suite (one Jest file, one module load).
import './suites/pod-security';
import './suites/gate';
