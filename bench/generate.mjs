// A synthetic stream of N applications: for each, a Service and a Deployment (two containers'
// worth of realistic fields), like a large helm template output.
export function generateStream(apps) {
  const parts = [];
  for (let i = 0; i < apps; i++) {
    const app = `app-${i}`;
    parts.push(`apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: team-${i % 50}
spec:
  selector:
    app: ${app}
  ports:
  - name: http
    port: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}-v1
  namespace: team-${i % 50}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${app}
      version: v1
  template:
    metadata:
      labels:
        app: ${app}
        version: v1
    spec:
      containers:
      - name: ${app}
        image: registry.example.com/${app}:1.${i % 10}.0
        ports:
        - containerPort: 8080
        env:
        - name: LOG_LEVEL
          value: info
        readinessProbe:
          httpGet:
            path: /healthz
            port: 8080
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
`);
  }
  return parts.join('---\n');
}
