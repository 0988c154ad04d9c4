# One image for api and worker (different commands in docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir . \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin dje
# Not root: a flaw in the API or a parser then cannot rewrite the installed code.
USER dje
EXPOSE 8000
CMD ["sh", "-c", "dje-monitor migrate && exec dje-monitor api --host 0.0.0.0 --port 8000"]
