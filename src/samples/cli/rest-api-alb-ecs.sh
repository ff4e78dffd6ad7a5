#!/usr/bin/env bash
# Regional REST API -> VPC link V2 -> internal Application Load Balancer -> ECS Fargate "orders".
#
# REST APIs can use VPC links V2 and reach an ALB directly, with no Network Load Balancer in
# between. Builds security groups, the ALB, a Fargate service behind it, the VPC link and the REST
# API with its methods, integrations and "prod" stage. Run it with AWS CLI v2 and credentials for
# the API account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already. Give at least
# two subnets in different Availability Zones, because an ALB needs two zones. The subnets need a
# route to the internet (a NAT gateway, for example) so that Fargate can pull the nginx image
# from the public ECR gallery.
REGION=us-east-1
VPC_ID=vpc-0123456789abcdef0
SUBNET_IDS=(subnet-0aaaaaaaaaaaaaaa1 subnet-0bbbbbbbbbbbbbbb2)
NAME=orders

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"
# ECS wants the subnets as one comma-separated list inside its network configuration.
SUBNETS_CSV=$(IFS=,; echo "${SUBNET_IDS[*]}")

# ---- 1. Security groups -----------------------------------------------------------------------
# Three groups, one per hop. A new group allows all outbound traffic, so only inbound rules are
# added: the ALB accepts port 80 from the VPC link only, and the tasks accept port 80 from the
# ALB only. Nothing else in the VPC can reach either.
LINK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-vpc-link" \
	--description "ENIs of the API Gateway VPC link for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
ALB_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-alb" \
	--description "Internal ALB for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
TASK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-tasks" \
	--description "Fargate tasks of $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

aws ec2 authorize-security-group-ingress \
	--group-id "$ALB_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$LINK_SG}]" >/dev/null
aws ec2 authorize-security-group-ingress \
	--group-id "$TASK_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$ALB_SG}]" >/dev/null

# ---- 2. Internal ALB, target group and listener -----------------------------------------------
# "internal" gives the ALB private addresses only: API Gateway reaches it through the VPC link,
# never from the internet. A REST API's integration names this load balancer itself rather than
# a listener, but requests still arrive on the port of the integration's uri (80 below), so the
# ALB needs a listener there.
ALB_ARN=$(aws elbv2 create-load-balancer \
	--name "$NAME-alb" \
	--type application \
	--scheme internal \
	--subnets "${SUBNET_IDS[@]}" \
	--security-groups "$ALB_SG" \
	--query 'LoadBalancers[0].LoadBalancerArn' --output text)

# Fargate tasks get their own network interfaces, so they register by IP address.
TG_ARN=$(aws elbv2 create-target-group \
	--name "$NAME-tasks" \
	--protocol HTTP \
	--port 80 \
	--vpc-id "$VPC_ID" \
	--target-type ip \
	--health-check-path / \
	--query 'TargetGroups[0].TargetGroupArn' --output text)

aws elbv2 create-listener \
	--load-balancer-arn "$ALB_ARN" \
	--protocol HTTP \
	--port 80 \
	--default-actions "Type=forward,TargetGroupArn=$TG_ARN" >/dev/null

aws elbv2 wait load-balancer-available --load-balancer-arns "$ALB_ARN"

# ---- 3. ECS Fargate service --------------------------------------------------------------------
# Just enough to put healthy targets behind the ALB: a cluster, a task definition running nginx on
# port 80, and a service that registers its tasks in the target group.
aws ecs create-cluster --cluster-name "$NAME" >/dev/null

# No task execution role: the image is public and no logs are shipped. A real service
# usually adds one, with a log configuration.
TASK_DEFINITION_ARN=$(aws ecs register-task-definition \
	--family "$NAME" \
	--requires-compatibilities FARGATE \
	--network-mode awsvpc \
	--cpu 256 \
	--memory 512 \
	--container-definitions '[{
		"name": "web",
		"image": "public.ecr.aws/nginx/nginx:latest",
		"essential": true,
		"portMappings": [{ "containerPort": 80, "protocol": "tcp" }]
	}]' \
	--query 'taskDefinition.taskDefinitionArn' --output text)

# assignPublicIp=DISABLED keeps the tasks private; they fetch the image through the subnets'
# route to the internet.
aws ecs create-service \
	--cluster "$NAME" \
	--service-name "$NAME" \
	--task-definition "$TASK_DEFINITION_ARN" \
	--desired-count 2 \
	--launch-type FARGATE \
	--network-configuration "awsvpcConfiguration={subnets=[$SUBNETS_CSV],securityGroups=[$TASK_SG],assignPublicIp=DISABLED}" \
	--load-balancers "targetGroupArn=$TG_ARN,containerName=web,containerPort=80" >/dev/null

# Returns once the service's tasks are running at the desired count.
aws ecs wait services-stable --cluster "$NAME" --services "$NAME"

# ---- 4. VPC link V2 ----------------------------------------------------------------------------
# The same kind of link an HTTP API uses, created with the apigatewayv2 commands: subnets and a
# security group, no load balancer. A REST API refers to it by its ID.
VPC_LINK_ID=$(aws apigatewayv2 create-vpc-link \
	--name "$NAME-link" \
	--subnet-ids "${SUBNET_IDS[@]}" \
	--security-group-ids "$LINK_SG" \
	--query VpcLinkId --output text)

# The link stays PENDING for a few minutes. The CLI has no waiter for VPC links, so poll.
while :; do
	LINK_STATUS=$(aws apigatewayv2 get-vpc-link \
		--vpc-link-id "$VPC_LINK_ID" \
		--query VpcLinkStatus --output text)
	case "$LINK_STATUS" in
		AVAILABLE) break ;;
		PENDING) sleep 15 ;;
		*) echo "VPC link $VPC_LINK_ID is $LINK_STATUS" >&2; exit 1 ;;
	esac
done

# ---- 5. REST API, resources, methods and integrations ------------------------------------------
REST_API_ID=$(aws apigateway create-rest-api \
	--name "$NAME-rest-api" \
	--endpoint-configuration '{"types":["REGIONAL"]}' \
	--query id --output text)

# A new REST API already has its root resource "/". Add a greedy child, "/{proxy+}", for every
# other path.
ROOT_ID=$(aws apigateway get-resources \
	--rest-api-id "$REST_API_ID" \
	--query 'items[?path==`/`].id' --output text)
PROXY_ID=$(aws apigateway create-resource \
	--rest-api-id "$REST_API_ID" \
	--parent-id "$ROOT_ID" \
	--path-part '{proxy+}' \
	--query id --output text)

# With a VPC link V2, the integration target (the ALB's *load balancer* ARN) picks where traffic
# goes, not the uri. The uri still gives the scheme and port, the Host header (and, when it is
# https, the name checked against the certificate) and the path template of the backend request.
# Here it is plain HTTP on port 80 to the ALB's own DNS name.
ALB_DNS=$(aws elbv2 describe-load-balancers \
	--load-balancer-arns "$ALB_ARN" \
	--query 'LoadBalancers[0].DNSName' --output text)

# "/": no path parameter, so the uri ends in "/".
aws apigateway put-method \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$ROOT_ID" \
	--http-method ANY \
	--authorization-type NONE >/dev/null
#region integration
aws apigateway put-integration \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$ROOT_ID" \
	--http-method ANY \
	--type HTTP_PROXY \
	--integration-http-method ANY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--integration-target "$ALB_ARN" \
	--uri "http://$ALB_DNS/" >/dev/null
#endregion

#region proxy-path
# "/{proxy+}": the method declares the path parameter, and the integration copies it into the
# {proxy} placeholder of its uri. The backend path comes from that template: a call to
# /prod/orders/42 fills {proxy} with orders/42. The ALB's access log shows what actually arrives.
aws apigateway put-method \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$PROXY_ID" \
	--http-method ANY \
	--authorization-type NONE \
	--request-parameters '{"method.request.path.proxy":true}' >/dev/null
aws apigateway put-integration \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$PROXY_ID" \
	--http-method ANY \
	--type HTTP_PROXY \
	--integration-http-method ANY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--integration-target "$ALB_ARN" \
	--uri "http://$ALB_DNS/{proxy}" \
	--request-parameters '{"integration.request.path.proxy":"method.request.path.proxy"}' >/dev/null
#endregion

# ---- 6. Deployment and stage -------------------------------------------------------------------
# REST API changes go live only through a deployment; this one also creates the stage "prod".
aws apigateway create-deployment \
	--rest-api-id "$REST_API_ID" \
	--stage-name prod >/dev/null

# ---- 7. Test -----------------------------------------------------------------------------------
# AWS's private-integration page says a REST API keeps the stage in the path it sends to a private
# integration; the uris above build the backend path from their own templates instead ("/" and
# "/{proxy}"). Check what nginx receives in its access log (or in the stage's execution log, line
# "Endpoint request URI") rather than assume either. Either nginx page, its welcome page or its 404
# page, shows the request crossed the VPC link and the ALB; an error from API Gateway means it did not.
INVOKE_URL="https://$REST_API_ID.execute-api.$REGION.amazonaws.com/prod"
echo "Calling $INVOKE_URL/"
curl --silent --show-error --write-out '\nHTTP status %{http_code}\n' "$INVOKE_URL/"

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first, using the IDs captured above. To use it, remove
# the "#" in front of the last line, or paste the function and the call into the same shell.
delete_security_group() {
	# Load balancers, tasks and the VPC link release their network interfaces a little after
	# they are deleted; until then the group is still in use, so try again for a few minutes.
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if aws ec2 delete-security-group --group-id "$1" 2>/dev/null; then
			return 0
		fi
		echo "Security group $1 is still in use (attempt $attempt); retrying in 30 seconds." >&2
		sleep 30
	done
	return 1
}

cleanup() {
	aws apigateway delete-rest-api --rest-api-id "$REST_API_ID"
	aws apigatewayv2 delete-vpc-link --vpc-link-id "$VPC_LINK_ID" >/dev/null
	aws ecs delete-service --cluster "$NAME" --service "$NAME" --force >/dev/null
	aws ecs wait services-inactive --cluster "$NAME" --services "$NAME"
	aws ecs deregister-task-definition --task-definition "$TASK_DEFINITION_ARN" >/dev/null
	aws ecs delete-cluster --cluster "$NAME" >/dev/null
	aws elbv2 delete-load-balancer --load-balancer-arn "$ALB_ARN"
	aws elbv2 wait load-balancers-deleted --load-balancer-arns "$ALB_ARN"
	aws elbv2 delete-target-group --target-group-arn "$TG_ARN"
	delete_security_group "$TASK_SG"
	delete_security_group "$ALB_SG"
	delete_security_group "$LINK_SG"
}

# cleanup
